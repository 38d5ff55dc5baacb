use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// A clear dead end with a way back, for unknown paths and unknown ids.
#[component]
pub fn NotFound(#[prop(into)] title: String, #[prop(into)] detail: String) -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">{title}</h1>
            <p>{detail}</p>
            <p><A href=crate::ui::link("/")>"Back to the customer list"</A></p>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    view! {
        <NotFound
            title="Page not found"
            detail=format!("There is no page at {path}. It may have been a mistyped or outdated link.")
        />
    }
}
