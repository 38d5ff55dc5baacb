//! Form fields with their error messages, announced to screen readers.

use leptos::prelude::*;

use crate::app::forms::{Field, FieldError};
use crate::app::slug::Slug;
use crate::formats::html;
use crate::i18n::format::countries_by_name;
use crate::i18n::labels::Label;
use crate::i18n::{keys, Key, Language};
use crate::ui::words::use_words;

/// The problem with `field`, worded in the language.
pub fn message_for(errors: &[FieldError], field: Field, language: Language) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.problem.sentence(language))
}

/// A labelled text input bound to `value`, showing the error for `field`.
#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    field: Field,
    errors: RwSignal<Vec<FieldError>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let language = use_words().language();
    let error = Memo::new(move |_| errors.with(|e| message_for(e, field, language)));
    let described = format!("{id}-msg");
    view! {
        <div class="field form-field">
            <label for=id>{label}</label>
            <input
                id=id
                type=kind
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described.clone()
            />
            <div id=described>
                {move || match error.get() {
                    Some(text) => view! { <p class="field-error">{text}</p> }.into_any(),
                    None => view! { <p class="hint">{hint.clone().unwrap_or_default()}</p> }.into_any(),
                }}
            </div>
        </div>
    }
}

/// A country picker over every ISO country, sorted by name in the UI's language.
///
/// The 250 options are handed to the browser as one piece of HTML, and the choice follows
/// `value` through one effect: built an element and an effect per option, two of these were
/// most of the Partner page's start on a phone.
#[component]
pub fn CountrySelect(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    field: Field,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let words = use_words();
    let language = words.language();
    let error = Memo::new(move |_| errors.with(|e| message_for(e, field, language)));
    let described = format!("{id}-msg");
    let choices: Vec<(String, String)> = std::iter::once((String::new(), words.t(keys::CHOOSE_A_COUNTRY)))
        .chain(
            countries_by_name(language)
                .into_iter()
                .map(|(code, name)| (code.to_string(), name)),
        )
        .collect();
    let options = html::options(choices.iter().map(|(code, name)| (code.as_str(), name.as_str())));
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move || {
        let chosen = value.get();
        if let Some(select) = select.get() {
            select.set_value(&chosen);
            // A value that is no country shows the prompt, as an unset one does.
            if select.selected_index() < 0 {
                select.set_selected_index(0);
            }
        }
    });
    view! {
        <div class="field form-field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                node_ref=select
                inner_html=options
                on:change=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described.clone()
            ></select>
            <div id=described>{move || error.get().map(|text| view! { <p class="field-error">{text}</p> })}</div>
        </div>
    }
}

/// The id of the summary, focused after a failed save so the problems are read first.
pub const ERROR_SUMMARY: &str = "error-summary";

/// The list of every problem, at the top of a form after a failed save, in the order of the
/// fields; each links to its field. `anchor` names the element that holds a field's input.
#[component]
pub fn ErrorSummary(errors: RwSignal<Vec<FieldError>>, anchor: Callback<Field, String>) -> impl IntoView {
    let words = use_words();
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="banner banner-warn error-summary" role="alert" id=ERROR_SUMMARY tabindex="-1">
                <div>
                    <strong>{words.t(keys::NOTHING_SAVED_FIX)}</strong>
                    <ul>
                        {move || errors.get().into_iter().map(|e| {
                            let target = anchor.run(e.field);
                            let href = format!("#{target}");
                            // Focus moves to the field itself, as a label click would; the
                            // router never sees the link.
                            let go = move |ev: leptos::ev::MouseEvent| {
                                ev.prevent_default();
                                if let Some(input) = document()
                                    .get_element_by_id(&target)
                                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                                {
                                    input.scroll_into_view();
                                    let _ = input.focus();
                                }
                            };
                            view! { <li><a href=href on:click=go>{e.problem.sentence(words.language())}</a></li> }
                        }).collect_view()}
                    </ul>
                </div>
            </div>
        </Show>
    }
}

/// A select whose first option means "no choice" (Any, As it is); picking it gives `None`.
#[component]
pub fn OptionalSelect(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] none_label: String,
    options: Vec<(String, String)>,
    #[prop(into)] current: Signal<Option<String>>,
    on_pick: impl Fn(Option<String>) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    on_pick(if v.is_empty() { None } else { Some(v) });
                }
            >
                <option value="" selected=move || current.with(Option::is_none)>{none_label}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        view! {
                            <option value=value selected=move || current.with(|c| c.as_deref() == Some(v.as_str()))>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A select over every value of an enum, identified by its slug. With `none_label` the first
/// option stands for no choice ("Any", "As it is") and picking it gives `None`.
#[component]
pub fn ChoiceSelect<T, F>(
    id: &'static str,
    label: Key,
    #[prop(optional, into)] none_label: Option<String>,
    #[prop(into)] current: Signal<Option<T>>,
    on_pick: F,
    /// How a value reads in the list, if not as its label.
    #[prop(optional)]
    text: Option<fn(T, Language) -> String>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView
where
    T: Slug + Label + PartialEq + Send + Sync + 'static,
    F: Fn(Option<T>) + 'static,
{
    let words = use_words();
    let text = move |value: T| match text {
        Some(text) => text(value, words.language()),
        None => value.label(words.language()),
    };
    view! {
        <div class=class.unwrap_or("field")>
            <label for=id>{words.t(label)}</label>
            <select id=id on:change=move |ev| on_pick(T::from_slug(&event_target_value(&ev)))>
                {none_label.map(|none| view! { <option value="" selected=move || current.with(Option::is_none)>{none}</option> })}
                {T::ALL
                    .iter()
                    .map(|&value| view! {
                        <option value=value.slug() selected=move || current.with(|c| *c == Some(value))>{text(value)}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
