//! `/training`: exercises the rules engine writes and marks. `?theme=` picks the theme and
//! `?set=` the seed, so a trainer can hand a class the same set with a link; the app's day
//! (`?today=`) is part of the situation.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::route::{CustomerPage, Link, Page};
use crate::app::slug::Slug;
use crate::app::training::{mark, Answer, Ask, Attempt, Exercise, Mark, Progress, Theme};
use crate::domain::catalog::Catalog;
use crate::domain::dates::iso;
use crate::domain::rules::Reason;
use crate::i18n::keys;
use crate::i18n::labels::{rule_source, Label};
use crate::i18n::Args;
use crate::ui::state::{use_catalog, use_training, use_visit, CatalogSource, World};
use crate::ui::words::{use_words, Words};
use crate::ui::Later;

/// Exercises in a set.
const SET_SIZE: usize = 8;
/// Cards built in one turn of the browser while the page opens.
const CARDS_PER_TURN: usize = 1;

#[component]
pub fn TrainingPage() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let visit = use_visit();
    let query = use_query_map();
    let navigate = use_navigate();
    let theme = Memo::new(move |_| {
        query
            .with(|q| q.get("theme").and_then(|t| Theme::from_slug(&t)))
            .unwrap_or(Theme::SpecialSegments)
    });
    let unknown_theme = Memo::new(move |_| query.with(|q| q.get("theme").filter(|t| Theme::from_slug(t).is_none())));
    let seed = Memo::new(move |_| {
        query
            .with(|q| q.get("set").and_then(|s| s.parse::<u64>().ok()))
            .unwrap_or(1)
    });
    let catalog_source = use_catalog().source();
    let imported = Memo::new(move |_| match catalog_source.get() {
        CatalogSource::Imported { file, .. } | CatalogSource::Restoring { file, .. } => Some(file),
        CatalogSource::Synthetic { name } => Some(name),
        CatalogSource::BuiltIn => None,
    });
    let training = use_training();
    let world = StoredValue::new(training.world());
    // Every situation the sets are drawn from: built once per day of the visit, in slices
    // after the page has painted.
    Effect::new(move || training.build(visit.today()));
    let pool = Memo::new(move |_| training.pool(visit.today()));
    let preparing = Memo::new(move |_| pool.with(Option::is_none));
    let exercises = Memo::new(move |_| {
        let (theme, seed) = (theme.get(), seed.get());
        pool.with(|p| {
            p.as_ref().map_or_else(Vec::new, |p| {
                world.with_value(|w| p.exercises(&w.catalog, &w.partner, &w.customers, theme, seed, SET_SIZE))
            })
        })
    });
    // How many of the set's cards are built. The set the page opens with is built a card a
    // turn, out of sight, and shown whole: eight cards in one task are a long task on a phone
    // while the app is still starting. A set asked for later is built at once.
    let built = RwSignal::new(0usize);
    // Which set the cards are built for: another set meanwhile ends the turns.
    let sets = StoredValue::new(0u64);
    Effect::new(move || {
        let total = exercises.with(Vec::len);
        sets.update_value(|n| *n = n.wrapping_add(1));
        if total == 0 {
            return;
        }
        if built.get_untracked() > 0 {
            built.set(usize::MAX);
            return;
        }
        let set = sets.get_value();
        leptos::task::spawn_local(async move {
            let mut count = 0;
            while count < total {
                count = count.saturating_add(CARDS_PER_TURN).min(total);
                if sets.try_get_value() != Some(set) || built.try_set(count).is_some() {
                    return;
                }
                crate::browser::yield_to_browser().await;
            }
            if sets.try_get_value() == Some(set) {
                let _ = built.try_set(usize::MAX);
            }
        });
    });
    // While the pool is prepared the set is empty, and `preparing` says so.
    let whole = Memo::new(move |_| built.get() >= exercises.with(Vec::len));
    // The trainee's answers so far, kept in this browser.
    let notice = RwSignal::new(None::<String>);
    if let Some(why) = training.load_progress() {
        notice.set(Some(words.notice(&why)));
    }
    let progress = training.progress();
    let record = Callback::new(move |attempt: Attempt| {
        if let Err(why) = training.record(attempt) {
            // Shown; the answer still counts for this visit.
            notice.set(Some(words.notice(&why)));
        }
    });
    let new_set = Callback::new(move |()| {
        // A new seed from the clock: any number gives a full set.
        let seed = (js_sys::Date::now() as u64) % 1_000_000;
        navigate(&training_set(theme.get_untracked(), seed).path(), Default::default());
    });

    view! {
        <h1>{words.t(keys::TRAINING_TITLE)}</h1>
        <p class="lead">{words.t(keys::TRAINING_LEAD)}</p>
        <nav class="tabs" aria-label=words.t(keys::THEMES)>
            {Theme::ALL.into_iter().map(|t| view! {
                // A plain link: the router's <A> would mark every theme current (same path).
                <a href=move || training_set(t, seed.get()).href() class="tab" aria-current=move || (theme.get() == t).then_some("page")>
                    {t.label(words.language())}
                </a>
            }).collect_view()}
        </nav>
        {move || notice.get().map(|text| view! { <div class="banner banner-warn" role="alert">{text}</div> })}
        // A link's theme that isn't one of Training's says so, rather than changing silently.
        {move || unknown_theme.get().map(|asked| view! {
            <div class="banner banner-warn" role="status" data-testid="theme-unknown">{words.with(
                keys::TRAINING_THEME_UNKNOWN,
                &Args::new().text("theme", asked).text("shown", theme.get().label(words.language())),
            )}</div>
        })}
        // Sets are drawn from the built-in world so that a link is the same set for everyone:
        // a trainee who imported a catalog is told, not left to wonder.
        {move || imported.get().map(|file| view! {
            <div class="banner banner-info" role="note" data-testid="training-built-in">{words.with(keys::TRAINING_BUILT_IN_WORLD, &Args::new().text("file", file))}</div>
        })}
        <div class="training-bar">
            <p data-testid="set-name">{move || words.with(keys::SET_NAME, &Args::new().text("theme", theme.get().label(words.language())).number("set", seed.get() as i64))}</p>
            <button class="button" on:click=move |_| new_set.run(())>{words.t(keys::NEW_SET)}</button>
        </div>
        <Show when=move || preparing.get() || !whole.get()>
            <p class="preparing" role="status" data-testid="training-preparing">{words.t(keys::TRAINING_PREPARING)}</p>
        </Show>
        <ol class="exercises" hidden=move || !whole.get()>
            <For
                each=move || exercises.get().into_iter().enumerate().take(built.get())
                key=move |(n, _)| (theme.get_untracked(), seed.get_untracked(), *n)
                children=move |(n, exercise)| view! { <ExerciseCard number=n + 1 exercise world set=seed.get_untracked() record /> }
            />
        </ol>
        // Below the exercises: answering one never moves the others.
        <Later>
            <SetScore progress theme seed total=Signal::derive(move || exercises.with(Vec::len)) on_new_set=new_set />
        </Later>
        <Later><ProgressPanel progress seed /></Later>
    }
}

#[component]
fn ExerciseCard(
    number: usize,
    exercise: Exercise,
    world: StoredValue<Arc<World>>,
    set: u64,
    record: Callback<Attempt>,
) -> impl IntoView {
    let words = use_words();
    let question =
        world.with_value(|w| exercise.question_lines(&w.catalog, &w.partner, &w.customers, words.language()));
    let assumptions = world.with_value(|w| exercise.assumptions(&w.customers, words.language()));
    let after_sale = exercise.is_after_sale();
    let exercise = StoredValue::new(exercise);
    let said = RwSignal::new(None::<bool>);
    let picked = RwSignal::new(Vec::<usize>::new());
    let marked = RwSignal::new(None::<Mark>);
    let check = move |_| {
        let Some(can_sell) = said.get_untracked() else {
            return;
        };
        let answer = exercise.with_value(|e| Answer {
            can_sell,
            reasons: picked
                .get_untracked()
                .iter()
                .filter_map(|&i| e.choices.get(i).cloned())
                .collect(),
        });
        let result = exercise.with_value(|e| mark(e, &answer));
        record.run(exercise.with_value(|e| Attempt::of(e, set, number as u32, &result)));
        marked.set(Some(result));
    };
    let name = format!("exercise-{number}");
    let choices = exercise.with_value(|e| e.choices.clone());
    let see_it = exercise.with_value(|e| world.with_value(|w| see_it(words, e, &w.catalog)));
    let assumed = !assumptions.is_empty();
    view! {
        <li class="panel exercise" aria-labelledby=format!("{name}-q")>
            <h2 class="exercise-number">{words.with(keys::EXERCISE_NUMBER, &Args::new().number("number", number as i64))}</h2>
            // A line per fact, each its own block; the spaces between keep the sentence whole
            // for screen readers and copied text.
            <p class="question" id=format!("{name}-q")>
                {question.into_iter().enumerate().map(|(i, line)| view! { {(i > 0).then_some(" ")}<span class="question-line">{line}</span> }).collect_view()}
            </p>
            {assumed.then(|| view! {
                <div class="assumed">
                    <p class="field-label">{words.t(keys::ASSUME_THAT)}</p>
                    <ul>{assumptions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <fieldset class="answer" disabled=move || marked.with(Option::is_some)>
                <legend>{words.t(if after_sale { keys::CAN_IT_BE_DONE } else { keys::CAN_IT_BE_SOLD })}</legend>
                <label class="switch">
                    <input type="radio" name=name.clone() on:change=move |_| said.set(Some(true)) />
                    <span>{words.t(keys::YES)}</span>
                </label>
                <label class="switch">
                    <input type="radio" name=name.clone() on:change=move |_| said.set(Some(false)) />
                    <span>{words.t(keys::NO)}</span>
                </label>
            </fieldset>
            <Show when=move || said.get() == Some(false)>
                <fieldset class="answer reasons-pick" disabled=move || marked.with(Option::is_some)>
                    <legend>{words.t(keys::WHY_NOT_PICK)}</legend>
                    {choices.iter().enumerate().map(|(i, reason)| {
                        let verdict = move || marked.get().map(|_| exercise.with_value(|e| e.reasons.contains(&e.choices[i])));
                        view! {
                            <label class="choice" class:true-reason=move || verdict() == Some(true) class:false-reason=move || verdict() == Some(false)>
                                <input
                                    type="checkbox"
                                    on:change=move |ev| picked.update(|p| {
                                        if event_target_checked(&ev) { p.push(i) } else { p.retain(|&x| x != i) }
                                    })
                                />
                                <span>{words.reason(reason)}</span>
                                {move || verdict().map(|true_here| view! {
                                    <span class="choice-mark">" " {words.t(if true_here { keys::TRUE_HERE } else { keys::NOT_TRUE_HERE })}</span>
                                })}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </Show>
            <Show when=move || marked.with(Option::is_none)>
                <button class="button primary" disabled=move || said.with(Option::is_none) on:click=check>{words.t(keys::CHECK_ANSWER)}</button>
            </Show>
            {move || marked.get().map(|m| view! { <Marked mark=m exercise see_it=see_it.clone() /> })}
        </li>
    }
}

/// Where the situation can be seen in the app: a link, its words, and what the page won't show.
#[derive(Clone)]
struct SeeIt {
    href: String,
    label: String,
    note: Option<String>,
}

/// Add products in the exercise's situation (the day, blocked offers shown, the offer searched,
/// the assumed facts under What if…?), or the customer's subscriptions on the exercise's day.
/// A set of exercises: the link names it, so it can be shared and taken again.
fn training_set(theme: Theme, seed: u64) -> Link {
    Page::Training.with_query([("theme", theme.slug().to_string()), ("set", seed.to_string())])
}

fn see_it(words: Words, exercise: &Exercise, catalog: &Catalog) -> SeeIt {
    let situation = &exercise.situation;
    match &situation.ask {
        Ask::Buy { offer, .. } => {
            let title = catalog
                .offer_index(offer)
                .map(|i| catalog.offer_at(i).sku.title.clone())
                .unwrap_or_default();
            let query = [
                ("view", "skus".to_string()),
                ("blocked", "1".to_string()),
                ("q", title),
                ("today", iso(situation.day)),
            ]
            .into_iter()
            .chain(crate::app::browse::what_if_query_pairs(&situation.what_if));
            SeeIt {
                href: Page::customer(&situation.customer, CustomerPage::AddProducts)
                    .with_query(query)
                    .href(),
                label: words.t(keys::SEE_IN_ADD_PRODUCTS),
                note: (!situation.what_if.is_empty()).then(|| format!(" {}", words.t(keys::SEE_IN_ADD_PRODUCTS_NOTE))),
            }
        }
        Ask::AfterSale(change) => SeeIt {
            href: Page::customer(&situation.customer, CustomerPage::Subscriptions)
                .with_query([("today", iso(situation.day))])
                .href(),
            label: words.t(keys::SEE_IN_SUBSCRIPTIONS),
            note: change.recently_added.map(|added| {
                format!(
                    " {}",
                    words.with(
                        keys::SEE_IN_SUBSCRIPTIONS_NOTE,
                        &Args::new().text("seats", words.seats(added))
                    )
                )
            }),
        },
    }
}

/// The mark, the engine's verdict with every reason and its rule, and the way to see it in the app.
#[component]
fn Marked(mark: Mark, exercise: StoredValue<Exercise>, see_it: SeeIt) -> impl IntoView {
    let words = use_words();
    let reasons: Vec<Reason> = exercise.with_value(|e| e.reasons.clone());
    let after_sale = exercise.with_value(Exercise::is_after_sale);
    let (can, cannot) = if after_sale {
        (keys::ENGINE_CAN_DO, keys::ENGINE_CANT_DO)
    } else {
        (keys::ENGINE_CAN_SELL, keys::ENGINE_CANT_SELL)
    };
    let headline = words.t(if mark.is_right() {
        keys::MARK_RIGHT
    } else if mark.verdict_right {
        keys::MARK_VERDICT_ONLY
    } else {
        keys::MARK_WRONG
    });
    let language = words.language();
    view! {
        <div class=if mark.is_right() { "mark mark-right" } else { "mark mark-wrong" } role="status">
            <p class="mark-headline">{headline}</p>
            {if reasons.is_empty() {
                view! { <p>{words.t(can)}</p> }.into_any()
            } else {
                view! {
                    <p>{words.t(cannot)}</p>
                    <ul class="reasons">
                        {reasons.iter().map(|r| view! {
                            <li>{words.reason(r)} " " <span class="rule-source">{words.with(keys::RULE_AND_SOURCE, &Args::new().text("rule", r.rule().label(language)).text("source", rule_source(language, r.rule())))}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p>
                <A href=see_it.href>{see_it.label}</A>
                {see_it.note}
            </p>
        </div>
    }
}

/// How the set on the page is going, and once every exercise is answered, its score and a
/// new set.
#[component]
fn SetScore(
    progress: ReadSignal<Progress>,
    theme: Memo<Theme>,
    seed: Memo<u64>,
    total: Signal<usize>,
    on_new_set: Callback<()>,
) -> impl IntoView {
    let words = use_words();
    let score = move || progress.with(|p| p.set_score(theme.get(), seed.get()));
    let done = move || total.get() > 0 && score().1 >= total.get();
    view! {
        // The live region is there from the start, so the score is read out as it changes.
        <div aria-live="polite" data-testid="set-score">
            <Show when=move || { score().1 > 0 && total.get() > 0 }>
                <section class="panel set-score" class:set-done=done>
                {move || {
                    let (right, answered) = score();
                    let args = Args::new().number("right", right as i64).number("answered", answered as i64).number("total", total.get() as i64);
                    if done() {
                        view! {
                            <p class="set-score-done">{words.with(keys::SET_SCORE_DONE, &args)}</p>
                            <button class="button primary" on:click=move |_| on_new_set.run(())>{words.t(keys::SET_SCORE_NEXT)}</button>
                        }.into_any()
                    } else {
                        view! { <p>{words.with(keys::SET_SCORE_SO_FAR, &args)}</p> }.into_any()
                    }
                }}
                </section>
            </Show>
        </div>
    }
}

/// The score per theme, and the rules the trainee misses most, each with a new set to try.
#[component]
fn ProgressPanel(progress: ReadSignal<Progress>, seed: Memo<u64>) -> impl IntoView {
    let words = use_words();
    let language = words.language();
    view! {
        <Show when=move || progress.with(|p| !p.attempts.is_empty())>
            <section class="panel progress" aria-labelledby="progress-title">
                <h2 id="progress-title">{words.t(keys::YOUR_PROGRESS)}</h2>
                <ul class="scores" data-testid="scores">
                    {move || Theme::ALL.into_iter().filter_map(|theme| {
                        let (right, answered) = progress.with(|p| p.score(theme));
                        (answered > 0).then(|| view! { <li>{words.with(keys::THEME_SCORE, &Args::new().text("theme", theme.label(language)).number("right", right as i64).number("answered", answered as i64))}</li> })
                    }).collect_view()}
                </ul>
                {move || {
                    let missed = progress.with(Progress::missed_rules);
                    (!missed.is_empty()).then(|| view! {
                        <p class="field-label">{words.t(keys::RULES_MISSED)}</p>
                        <ul class="missed" data-testid="missed-rules">
                            {missed.into_iter().map(|(rule, times)| {
                                let again = Theme::of(rule).map(|theme| {
                                    training_set(theme, seed.get_untracked().wrapping_add(1)).href()
                                });
                                view! {
                                    <li>
                                        {words.with(keys::MISSED_TIMES, &Args::new().text("rule", rule.label(language)).number("count", times as i64))}
                                        {again.map(|href| view! { " " <A href=href>{words.t(keys::TRY_AGAIN)}</A> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })
                }}
            </section>
        </Show>
    }
}
