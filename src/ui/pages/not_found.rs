use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::app::route::Page;
use crate::i18n::{keys, Args};
use crate::ui::words::use_words;

/// A clear dead end with a way back, for unknown paths and unknown ids.
#[component]
pub fn NotFound(#[prop(into)] title: String, #[prop(into)] detail: String) -> impl IntoView {
    let words = use_words();
    view! {
        <section class="not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">{title}</h1>
            <p>{detail}</p>
            <p><A href=Page::Customers.href()>{words.t(keys::BACK_TO_CUSTOMERS)}</A></p>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let words = use_words();
    view! {
        <NotFound
            title=words.t(keys::PAGE_NOT_FOUND)
            detail=words.with(keys::PAGE_NOT_FOUND_DETAIL, &Args::new().text("path", path))
        />
    }
}
