//! Problems with stored data: what was set aside (with a way to download or discard it), or
//! what could not be saved.

use leptos::prelude::*;

use crate::browser::download::download;
use crate::i18n::keys;
use crate::ui::state::AppState;
use crate::ui::words::use_words;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = use_words();
    view! {
        <Show when=move || !state.notices().with(Vec::is_empty)>
            <div class="banner banner-warn" role="alert" data-testid="storage-banner">
                <ul>
                    {move || state.notices().get().into_iter().map(|notice| {
                        let actions = match notice.quarantine_key() {
                            Some(key) => {
                                let for_discard = notice.clone();
                                view! {
                                    <button class="button subtle" on:click=move |_| {
                                        let name = format!("{}.txt", key.to_string().replace(['/', '#'], "_"));
                                        download(&name, "text/plain", &state.quarantined_text(&key));
                                    }>{words.t(keys::DOWNLOAD_IT)}</button>
                                    <button class="button subtle" on:click=move |_| state.discard(&for_discard)>{words.t(keys::DISCARD_IT)}</button>
                                }.into_any()
                            }
                            None => {
                                let for_dismiss = notice.clone();
                                view! { <button class="button subtle" on:click=move |_| state.dismiss(&for_dismiss)>{words.t(keys::DISMISS)}</button> }.into_any()
                            }
                        };
                        view! { <li><span>{words.notice(&notice)}</span> " " {actions}</li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
