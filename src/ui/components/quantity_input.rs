//! The quantity box of Add products and Review. What the text means is the rules engine's to
//! say (`rules::read_quantity` and the checks built on it); this is only the box.

use leptos::prelude::*;

/// When the typed text is handed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandOn {
    /// At every keystroke, for a check shown as one types (Add products).
    AsTyped,
    /// When the user leaves the box or presses Enter, for a change that is saved (Review).
    WhenDone,
}

#[component]
pub fn QuantityInput(
    id: String,
    /// The id of what explains the box's state (limits, problems).
    described_by: String,
    #[prop(into)] text: Signal<String>,
    #[prop(into)] invalid: Signal<bool>,
    hand_on: HandOn,
    on_text: impl Fn(String) + Clone + 'static,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let on_change = on_text.clone();
    view! {
        <input
            id=id
            class=class
            type="text"
            inputmode="numeric"
            autocomplete="off"
            prop:value=move || text.get()
            aria-invalid=move || invalid.get().to_string()
            aria-describedby=described_by
            on:input=move |ev| {
                if hand_on == HandOn::AsTyped {
                    on_text(event_target_value(&ev));
                }
            }
            on:change=move |ev| {
                if hand_on == HandOn::WhenDone {
                    on_change(event_target_value(&ev));
                }
            }
        />
    }
}
