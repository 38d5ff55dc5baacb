use leptos::prelude::*;

use crate::ui::state::AppState;

/// Problems with stored data: what was set aside, or what could not be saved.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let notices = move || state.notices.get();
    view! {
        <Show when=move || !state.notices.with(Vec::is_empty)>
            <div class="banner banner-warn" role="alert">
                <ul>
                    {move || notices().into_iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}
                </ul>
                <button class="button subtle" on:click=move |_| state.notices.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
    }
}
