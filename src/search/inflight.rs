//! A bound on the documents waiting for the index writer's threads.
//!
//! Tantivy queues up to 10,000 batches of documents for its indexing threads, and a batch here
//! is a whole policy, whose text each section document carries three times (stored, words,
//! pairs). When indexing is slower than reading, which it is since the pairs field, that queue
//! held most of a 10 k corpus: the build's memory followed the corpus instead of `--memory`.
//! Each policy now takes a [`Ticket`] for its bytes, carried by its last document and given
//! back when the indexing thread drops that document (one thread indexes a batch in order),
//! and the reader waits while too many bytes are out.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tantivy::TantivyDocument;
use tantivy::schema::document::Document;

/// The bytes of documents handed to the writer and not yet indexed.
#[derive(Debug)]
pub struct InFlight {
    limit: usize,
    out: Mutex<usize>,
    returned: Condvar,
}

/// How long a wait may see no document indexed before it lets one more through. A writer whose
/// threads died never gives tickets back; its next `run` reports why, so waiting forever would
/// hide the error. A slow flush only lets one more policy through per stall.
const STALL: Duration = Duration::from_secs(2);

impl InFlight {
    pub fn new(limit: usize) -> Arc<InFlight> {
        Arc::new(InFlight {
            limit: limit.max(1),
            out: Mutex::new(0),
            returned: Condvar::new(),
        })
    }

    /// Waits until fewer than the limit's bytes are out, then takes a ticket for `bytes`.
    pub fn ticket(self: &Arc<Self>, bytes: usize) -> Ticket {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        while *out > 0 && *out + bytes > self.limit {
            let before = *out;
            let (guard, timeout) = self
                .returned
                .wait_timeout(out, STALL)
                .unwrap_or_else(|e| e.into_inner());
            out = guard;
            if timeout.timed_out() && *out >= before {
                break;
            }
        }
        *out += bytes;
        Ticket {
            owner: Arc::clone(self),
            bytes,
        }
    }

    /// Bytes out now.
    #[cfg(test)]
    pub fn out(&self) -> usize {
        *self.out.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Bytes out until dropped.
#[derive(Debug)]
pub struct Ticket {
    owner: Arc<InFlight>,
    bytes: usize,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut out = self.owner.out.lock().unwrap_or_else(|e| e.into_inner());
        *out = out.saturating_sub(self.bytes);
        self.owner.returned.notify_all();
    }
}

/// A document with the ticket for its bytes: the indexing thread drops both together.
#[derive(Debug)]
pub struct Tracked {
    pub doc: TantivyDocument,
    pub ticket: Option<Ticket>,
}

impl Document for Tracked {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_until_bytes_come_back() {
        let flight = InFlight::new(100);
        let first = flight.ticket(80);
        assert_eq!(flight.out(), 80);
        let waiter = {
            let flight = Arc::clone(&flight);
            std::thread::spawn(move || flight.ticket(50))
        };
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(flight.out(), 80, "the second ticket waits");
        drop(first);
        let second = waiter.join().expect("waiter");
        assert_eq!(flight.out(), 50);
        drop(second);
        assert_eq!(flight.out(), 0);
    }

    #[test]
    fn one_ticket_larger_than_the_limit_still_goes() {
        let flight = InFlight::new(10);
        let big = flight.ticket(1_000);
        assert_eq!(flight.out(), 1_000);
        drop(big);
        assert_eq!(flight.out(), 0);
    }
}
