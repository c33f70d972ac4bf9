//! Group commit: the writes of requests arriving while the store is busy (attempts
//! started, replies, the results they end with) are written in one transaction, so
//! that one flush to disk stores many of them. Each request still gets its answer
//! only once its own write is committed.
//!
//! Writer threads, each with a connection of its own, take whatever is queued and
//! write it together; a request waits for its outcome without holding a thread.
//! One writer on SQLite (a file has one writer at a time), a few on PostgreSQL
//! (each statement is a round trip; their transactions go side by side).

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use touchpoint_content::encounter::Encounter;
use touchpoint_results::record::AttemptRecord;
use touchpoint_results::store::{LiveAttempt, ServerWrite, Store};

use crate::api::ApiError;

/// One request's write (owned, to wait in the queue).
pub enum Write {
    Start(LiveAttempt, Arc<Encounter>),
    Reply {
        attempt: LiveAttempt,
        before: String,
        result: Option<Box<(AttemptRecord, Arc<Encounter>)>>,
    },
}

impl Write {
    fn borrowed(&self) -> ServerWrite<'_> {
        match self {
            Write::Start(a, enc) => ServerWrite::Start(a, enc),
            Write::Reply {
                attempt,
                before,
                result,
            } => ServerWrite::Reply {
                attempt,
                before,
                result: result.as_deref().map(|(r, e)| (r, &**e)),
            },
        }
    }
}

/// Whether a write took effect (a reply: false when another request moved its
/// attempt first), or the store's error.
type Outcome = Result<bool, String>;
type Job = (Write, tokio::sync::oneshot::Sender<Outcome>);

/// The queue of writes and the threads that commit them.
pub struct Commits {
    queue: Mutex<Option<Sender<Job>>>,
    writers: Mutex<Vec<std::thread::JoinHandle<()>>>,
}

/// Writes committed in one transaction at most (a batch waits for none: it is what
/// queued while the last one was written).
const MOST_PER_BATCH: usize = 512;

impl Commits {
    /// Starts one writer per connection given.
    pub fn start(connections: Vec<Store>) -> Commits {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let writers = connections
            .into_iter()
            .enumerate()
            .map(|(i, store)| {
                let rx = rx.clone();
                std::thread::Builder::new()
                    .name(format!("touchpoint-writer-{i}"))
                    .spawn(move || writer(store, &rx))
                    .expect("start a writer thread")
            })
            .collect();
        Commits {
            queue: Mutex::new(Some(tx)),
            writers: Mutex::new(writers),
        }
    }

    /// Writes `w` (see `Store::write_together`); returns once it is committed,
    /// saying whether it took effect.
    pub async fn write(&self, w: Write) -> Result<bool, ApiError> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let sent = self
            .queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .is_some_and(|q| q.send((w, tx)).is_ok());
        let stopped = || ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping");
        if !sent {
            return Err(stopped());
        }
        rx.await.map_err(|_| stopped())?.map_err(ApiError::from)
    }
}

impl Drop for Commits {
    /// Lets the writers finish what is queued, then waits for them (their
    /// connections close on their own threads).
    fn drop(&mut self) {
        self.queue.lock().unwrap_or_else(|e| e.into_inner()).take();
        for w in self
            .writers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
        {
            let _ = w.join();
        }
    }
}

fn writer(mut store: Store, rx: &Mutex<Receiver<Job>>) {
    loop {
        let batch: Vec<Job> = {
            let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
            let Ok(first) = rx.recv() else {
                return;
            };
            std::iter::once(first)
                .chain(std::iter::from_fn(|| rx.try_recv().ok()).take(MOST_PER_BATCH - 1))
                .collect()
        };
        let writes: Vec<ServerWrite<'_>> = batch.iter().map(|(w, _)| w.borrowed()).collect();
        let mut outcome = store.write_together(&writes);
        // PostgreSQL may abort one of two transactions that wait for each other
        // (deadlock, 40P01) or conflict (40001): nothing of it was written; again.
        for _ in 0..3 {
            match &outcome {
                Err(e) if e.0.contains("40P01") || e.0.contains("40001") => {
                    outcome = store.write_together(&writes);
                }
                _ => break,
            }
        }
        drop(writes);
        for (i, (_, done)) in batch.into_iter().enumerate() {
            let _ = done.send(match &outcome {
                Ok(took) => Ok(took.get(i).copied().unwrap_or(false)),
                Err(e) => Err(e.to_string()),
            });
        }
    }
}
