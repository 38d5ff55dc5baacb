use leptos::prelude::*;

use crate::browser::download::download;
use crate::browser::local_storage::{self as local, StorageNotice};
use crate::ui::state::AppState;

/// Problems with stored data: what was set aside (with a way to download or discard it), or
/// what could not be saved.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let notices = move || state.notices.get();
    let dismiss = move |notice: StorageNotice| state.notices.update(|all| all.retain(|n| *n != notice));
    view! {
        <Show when=move || !state.notices.with(Vec::is_empty)>
            <div class="banner banner-warn" role="alert" data-testid="storage-banner">
                <ul>
                    {move || notices().into_iter().map(|notice| {
                        let actions = match &notice {
                            StorageNotice::Quarantined { quarantine_key, .. }
                            | StorageNotice::StillQuarantined { quarantine_key } => {
                                let key = quarantine_key.clone();
                                let key2 = quarantine_key.clone();
                                let n1 = notice.clone();
                                view! {
                                    <button class="button subtle" on:click=move |_| {
                                        let text = local::raw(&key).unwrap_or_default();
                                        let name = format!("{}.txt", key.replace(['/', '#'], "_"));
                                        download(&name, "text/plain", &text);
                                    }>"Download it"</button>
                                    <button class="button subtle" on:click=move |_| {
                                        local::remove(&key2);
                                        dismiss(n1.clone());
                                    }>"Discard it"</button>
                                }.into_any()
                            }
                            StorageNotice::WriteFailed { .. } | StorageNotice::Other(_) => {
                                let n = notice.clone();
                                view! { <button class="button subtle" on:click=move |_| dismiss(n.clone())>"Dismiss"</button> }.into_any()
                            }
                        };
                        view! { <li><span>{notice.to_string()}</span> " " {actions}</li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
