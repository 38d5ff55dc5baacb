//! One line of Review: its plan, quantity and term end (a full term, or co-termed with a
//! subscription the customer owns), each change checked by the rules as it is made, and what
//! the rules say of it.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::app::subscriptions::coterm_choices;
use crate::domain::cart::LineId;
use crate::domain::ids::CustomerId;
use crate::domain::orders::{self, LineProblem};
use crate::domain::term::Plan;
use crate::i18n::labels::plan as plan_label;
use crate::i18n::{keys, Args};
use crate::ui::components::{HandOn, QuantityInput};
use crate::ui::state::{use_catalog, use_ledger, use_visit};
use crate::ui::words::use_words;

#[component]
pub(super) fn ReviewRow(
    line: orders::ReviewLine,
    /// The line as the review shows it now (its price, problems, quantity kept).
    current: Memo<Option<orders::ReviewLine>>,
    customer: StoredValue<CustomerId>,
    bad_inputs: RwSignal<BTreeSet<LineId>>,
) -> impl IntoView {
    let (in_use, ledger) = (use_catalog(), use_ledger());
    let words = use_words();
    let line_id = line.line;
    let plans: Vec<(Plan, crate::domain::money::Money)> = line
        .offer_index
        .map(|i| {
            in_use
                .catalog()
                .with_untracked(|c| c.offer_at(i).availability.plans().collect())
        })
        .unwrap_or_default();
    let quantity_text = RwSignal::new(line.quantity.to_string());
    // Why the typed text was refused; the cart keeps its last valid quantity meanwhile.
    let input_problem = RwSignal::new(None::<String>);
    Owner::on_cleanup(move || {
        bad_inputs.update(|b| {
            b.remove(&line_id);
        })
    });
    let kept = Memo::new(move |_| current.with(|l| l.as_ref().map(|l| l.quantity)));
    // Another tab (or a refused entry fixed) changed the stored quantity: show it.
    Effect::new(move |_| {
        if let Some(q) = kept.get() {
            if input_problem.with_untracked(Option::is_none) {
                quantity_text.set(q.to_string());
            }
        }
    });

    let set_quantity = move |text: String| {
        quantity_text.set(text.clone());
        match customer.with_value(|id| ledger.set_line_quantity(id, line_id, &text)) {
            Ok(()) => {
                input_problem.set(None);
                bad_inputs.update(|b| {
                    b.remove(&line_id);
                });
            }
            Err(e) => {
                input_problem.set(Some(words.cart_error(&e)));
                bad_inputs.update(|b| {
                    b.insert(line_id);
                });
            }
        }
    };
    let plans_offered = StoredValue::new(plans.iter().map(|(p, _)| *p).collect::<Vec<Plan>>());
    let set_plan = move |choice: usize| {
        let plan = plans_offered.with_value(|p| p.get(choice).copied());
        if let Err(e) = customer.with_value(|id| ledger.set_line_plan(id, line_id, plan)) {
            input_problem.set(Some(words.cart_error(&e)));
        }
    };
    let remove = move |_| {
        if let Err(e) = customer.with_value(|id| ledger.remove_line(id, line_id)) {
            input_problem.set(Some(words.cart_error(&e)));
        }
    };
    let qty_id = format!("review-qty-{line_id}");
    let msg_id = format!("review-msg-{line_id}");
    let title = line.title.clone();
    let problems = move || current.with(|l| l.as_ref().map(|l| l.problems.clone()).unwrap_or_default());
    let blocked = move || !problems().is_empty();
    view! {
        <tr class:blocked-row=blocked data-line=line_id.to_string()>
            <th scope="row">
                <span class="line-title">{line.title.clone()}</span>
                <div id=msg_id.clone()>
                    {move || {
                        let found = problems();
                        (!found.is_empty()).then(|| view! {
                            <ul class="reasons">
                                {found.iter().map(|p: &LineProblem| view! { <li>{words.line_problem(p)}</li> }).collect_view()}
                            </ul>
                        })
                    }}
                    {move || input_problem.get().map(|p| view! {
                        <p class="field-error" role="alert">{p}</p>
                        <p class="hint">{words.with(keys::CART_KEEPS, &Args::new().text("quantity", words.number(kept.get().unwrap_or(0))))}</p>
                    })}
                </div>
            </th>
            <td class="stacked" data-label=words.t(keys::COL_TERM_AND_BILLING)>
                <LinePlan line_id title=title.clone() plans current set_plan />
                <LineEnd line_id title=title.clone() current customer />
            </td>
            <td data-label=words.t(keys::COL_QUANTITY)>
                <label class="visually-hidden" for=qty_id.clone()>{words.with(keys::QUANTITY_OF, &Args::new().text("title", line.title.clone()))}</label>
                <QuantityInput
                    id=qty_id
                    class="qty-input"
                    described_by=msg_id
                    text=quantity_text
                    invalid=Signal::derive(move || input_problem.with(Option::is_some) || blocked())
                    hand_on=HandOn::WhenDone
                    on_text=set_quantity
                />
            </td>
            <td class="num" data-label=words.t(keys::COL_UNIT_PRICE)>
                {move || current.with(|l| l.as_ref().and_then(|l| l.unit_price)).map(|p| in_use.catalog().with(|c| words.unit_price(c, p))).unwrap_or_else(|| "—".into())}
                {move || {
                    let margin = current.with(|l| l.as_ref().and_then(|l| l.margin))?;
                    let text = in_use.catalog().with(|c| words.margin(margin, c.currency()))?;
                    Some(view! { <br /><span class="price-erp" title=words.t(keys::PRICE_ERP_MARGIN_TITLE)>{text}</span> })
                }}
            </td>
            <td class="num" data-label=words.t(keys::COL_LINE_PRICE)>
                {move || current.with(|l| l.as_ref().and_then(|l| l.line_total)).map(|p| in_use.catalog().with(|c| words.price(c, p))).unwrap_or_else(|| "—".into())}
            </td>
            <td class="row-end">
                <button class="button subtle" on:click=remove aria-label=words.with(keys::REMOVE_FROM_CART, &Args::new().text("title", line.title.clone()))>{words.t(keys::REMOVE)}</button>
            </td>
        </tr>
    }
}

/// When the line's first term ends: a full term, or the term end of one of the customer's
/// subscriptions (co-terming, as Partner Center offers at purchase), priced for those days.
#[component]
fn LineEnd(
    line_id: LineId,
    title: String,
    current: Memo<Option<orders::ReviewLine>>,
    customer: StoredValue<CustomerId>,
) -> impl IntoView {
    let (visit, ledger) = (use_visit(), use_ledger());
    let words = use_words();
    let end_id = format!("review-end-{line_id}");
    let problem = RwSignal::new(None::<String>);
    // Only for a line with a term that isn't a trial: the choices follow its plan and the day.
    let choices = Memo::new(move |_| {
        let plan = current.with(|l| l.as_ref().and_then(|l| l.plan))?;
        let today = visit.today();
        let rows = customer.with_value(|id| ledger.subscription_rows(id));
        let choices = coterm_choices(&rows, today, plan);
        (!choices.is_empty()).then(|| (plan.term.last_day_from(today), choices))
    });
    let set_end = move |value: String| {
        let ends = time::Date::parse(&value, &time::format_description::well_known::Iso8601::DATE).ok();
        if let Err(e) = customer.with_value(|id| ledger.set_line_ends_on(id, line_id, ends)) {
            problem.set(Some(words.cart_error(&e)));
        }
    };
    move || {
        let (full, options) = choices.get()?;
        let chosen = current.with(|l| l.as_ref().and_then(|l| l.ends_on));
        Some(view! {
            <div class="line-end">
                <label for=end_id.clone()>{words.with(keys::TERM_END_FOR, &Args::new().text("title", title.clone()))}</label>
                <select id=end_id.clone() on:change=move |ev| set_end(event_target_value(&ev))>
                    <option value="" selected=chosen.is_none()>{words.with(keys::FULL_TERM_ENDS, &Args::new().text("day", words.date_short(full)))}</option>
                    {options.into_iter().map(|choice| {
                        let selected = chosen == Some(choice.ends);
                        let label = words.with(
                            keys::ENDS_WITH,
                            &Args::new().text("name", choice.name.clone()).text("day", words.date_short(choice.ends)),
                        );
                        view! { <option value=choice.ends.to_string() selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
                {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            </div>
        })
    }
}

/// The line's term and billing plan, of those its offer is sold on.
#[component]
fn LinePlan(
    line_id: LineId,
    title: String,
    plans: Vec<(Plan, crate::domain::money::Money)>,
    current: Memo<Option<orders::ReviewLine>>,
    set_plan: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let words = use_words();
    let plan_id = format!("review-plan-{line_id}");
    if plans.is_empty() {
        view! { <span>{words.t(keys::PAY_AS_YOU_GO_SHORT)}</span> }.into_any()
    } else {
        view! {
            <label class="visually-hidden" for=plan_id.clone()>{words.with(keys::TERM_AND_BILLING_FOR, &Args::new().text("title", title.clone()))}</label>
            <select id=plan_id.clone() on:change=move |ev| set_plan(event_target_value(&ev).parse().unwrap_or(0))>
                {plans.iter().enumerate().map(|(i, (p, _))| {
                    let p = *p;
                    view! {
                        <option value=i.to_string() selected=move || current.with(|l| l.as_ref().and_then(|l| l.plan)) == Some(p)>
                            {plan_label(words.language(), p)}
                        </option>
                    }
                }).collect_view()}
            </select>
        }.into_any()
    }
}
