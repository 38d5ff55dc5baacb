//! Problems with stored data: what was set aside (with a way to download or discard it), or
//! what could not be saved.

use leptos::prelude::*;

use crate::browser::download::download;
use crate::i18n::keys;
use crate::ui::state::use_notices;
use crate::ui::words::use_words;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let notices = use_notices();
    let words = use_words();
    view! {
        <Show when=move || !notices.all().with(Vec::is_empty)>
            <div class="banner banner-warn" role="alert" data-testid="storage-banner">
                <ul>
                    {move || notices.all().get().into_iter().map(|notice| {
                        let actions = match notice.quarantine_key() {
                            Some(key) => {
                                let for_discard = notice.clone();
                                view! {
                                    <button class="button subtle" on:click=move |_| {
                                        let name = format!("{}.txt", key.to_string().replace(['/', '#'], "_"));
                                        download(&name, "text/plain", &notices.quarantined_text(&key));
                                    }>{words.t(keys::DOWNLOAD_IT)}</button>
                                    <button class="button subtle" on:click=move |_| notices.discard(&for_discard)>{words.t(keys::DISCARD_IT)}</button>
                                }.into_any()
                            }
                            None => {
                                let for_dismiss = notice.clone();
                                view! { <button class="button subtle" on:click=move |_| notices.dismiss(&for_dismiss)>{words.t(keys::DISMISS)}</button> }.into_any()
                            }
                        };
                        view! { <li><span>{words.notice(&notice)}</span> " " {actions}</li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
