//! The browser's services, behind small functions: `localStorage`, IndexedDB, the clock and
//! file downloads. Only the wasm build has them.

pub mod clock;
pub mod download;
pub mod idb;
pub mod language;
pub mod local_storage;
pub mod perf;
pub mod words;

/// A parameter of the page's address as it was loaded (`?catalog=…`, `?today=…`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Waits until the browser has had a turn: it paints and answers clicks between two steps of
/// a long job.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if !turns::wait(resolve.clone()) {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The browser's turns, as messages the page posts to itself: not zero timeouts, which
/// browsers hold back 4 ms each once nested, doubling a job cut into small steps. One channel
/// for the whole visit (a port is only sure to be kept while something holds it).
mod turns {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use js_sys::Function;
    use wasm_bindgen::prelude::*;
    use web_sys::{MessageChannel, MessagePort};

    struct Turns {
        post: MessagePort,
        _hear: MessagePort,
        waiting: Rc<RefCell<VecDeque<Function>>>,
    }

    thread_local! {
        static TURNS: Option<Turns> = open();
    }

    fn open() -> Option<Turns> {
        let channel = MessageChannel::new().ok()?;
        let waiting: Rc<RefCell<VecDeque<Function>>> = Rc::default();
        let next = waiting.clone();
        let on_message = Closure::<dyn FnMut()>::new(move || {
            if let Some(resolve) = next.borrow_mut().pop_front() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The channel lives as long as the page.
        on_message.forget();
        Some(Turns {
            post: channel.port2(),
            _hear: channel.port1(),
            waiting,
        })
    }

    /// Calls `resolve` on the browser's next turn; false if this browser has no channels.
    pub fn wait(resolve: Function) -> bool {
        TURNS.with(|turns| match turns {
            Some(turns) => {
                turns.waiting.borrow_mut().push_back(resolve);
                let posted = turns.post.post_message(&JsValue::UNDEFINED).is_ok();
                if !posted {
                    turns.waiting.borrow_mut().pop_back();
                }
                posted
            }
            None => false,
        })
    }
}
