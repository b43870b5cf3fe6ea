//! [`paginate`]: the one paginated [`Stream`](futures::Stream) of every client.
//!
//! Pages are fetched lazily. The stream stops when
//!
//! * a page is empty;
//! * a page is shorter than the page size;
//! * the items seen reach the `total` the server reported (the *latest* total is
//!   used, so a total that grows or shrinks mid-stream is followed);
//!
//! and it ends with [`Error::Pagination`] (after the items already received) when a
//! page is short although the reported total says more items exist (the server caps
//! the page size: continuing by index could skip items, stopping silently would
//! truncate), when the server makes no progress (a page whose first item equals the
//! first item of any of the last [`REPEAT_WINDOW`] pages: the page number was ignored,
//! or the server alternates between pages) or when [`PaginateOptions::max_pages`] is
//! reached. Any fetch error ends the stream with that error. With [`PaginateOptions::window`] above 1, once the server
//! has reported a total, up to that many page requests are kept in flight (never past
//! the total or the page cap; items are delivered in order, and pages still in flight
//! when the stream ends are aborted). Without a total, with [`PaginateOptions::prefetch`]
//! or a window above 1, page *n + 1* is fetched in the background while the caller
//! consumes the full page *n* (a page the stream needs anyway). Clients stream with
//! [`crate::options::DEFAULT_PAGE_WINDOW`] (4) unless told otherwise;
//! [`PaginateOptions::new`] itself starts at one page at a time.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use futures::stream::{self, BoxStream, StreamExt};

use crate::Error;

/// The page to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    /// 0-based page index.
    pub index: u64,
    /// Page size.
    pub size: u32,
}

impl PageRequest {
    /// 1-based page number (`pageNum`, `page`).
    pub fn number(&self) -> u64 {
        self.index + 1
    }

    /// 0-based item offset (`start`).
    pub fn offset(&self) -> u64 {
        self.index * u64::from(self.size)
    }
}

/// One fetched page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Total number of items, if the server reports it.
    pub total: Option<u64>,
}

impl<T> Page<T> {
    /// A page of `items` with an optional total.
    pub fn new(items: Vec<T>, total: Option<u64>) -> Self {
        Self { items, total }
    }
}

/// Paginator settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginateOptions {
    /// Items per page (must be ≥ 1; 0 is treated as 1).
    pub page_size: u32,
    /// Index of the first page to fetch (0-based).
    pub first_page: u64,
    /// Fetch the next page while the caller consumes the current one (when the server
    /// reports no total).
    pub prefetch: bool,
    /// Page requests kept in flight once the server has reported a total (1 = one at
    /// a time; above 1, a listing without a total is fetched one page ahead). Items are
    /// still delivered in order, and no page past the total is asked for.
    pub window: usize,
    /// Hard limit on pages fetched; reaching it ends the stream with an error.
    pub max_pages: u64,
}

impl PaginateOptions {
    /// Page size `page_size`, from page 0, no prefetch, one page at a time, at most
    /// 100 000 pages.
    pub fn new(page_size: u32) -> Self {
        Self {
            page_size: page_size.max(1),
            first_page: 0,
            prefetch: false,
            window: 1,
            max_pages: 100_000,
        }
    }

    /// Keeps up to `n` page requests in flight once the total is known (≥ 1).
    pub fn window(mut self, n: usize) -> Self {
        self.window = n.max(1);
        self
    }

    /// Enables or disables prefetching.
    pub fn prefetch(mut self, on: bool) -> Self {
        self.prefetch = on;
        self
    }

    /// Sets the page cap.
    pub fn max_pages(mut self, n: u64) -> Self {
        self.max_pages = n.max(1);
        self
    }
}

/// The stream type returned by [`paginate`].
pub type PageStream<T, E> = BoxStream<'static, Result<T, E>>;

type PageFuture<T, E> = Pin<Box<dyn Future<Output = Result<Page<T>, E>> + Send>>;

enum Pending<T, E> {
    None,
    Local(PageFuture<T, E>),
    Spawned(AbortOnDrop<Result<Page<T>, E>>),
}

struct State<T, E, F> {
    fetch: F,
    opts: PaginateOptions,
    next_index: u64,
    pages_fetched: u64,
    seen: u64,
    buffer: VecDeque<T>,
    /// Fetches started, in page order: the front is the next page to absorb.
    inflight: VecDeque<Pending<T, E>>,
    /// The latest total the server reported.
    total: Option<u64>,
    /// The first items of the most recent pages (at most [`REPEAT_WINDOW`]).
    recent_firsts: VecDeque<T>,
    finished: bool,
}

/// How many recent pages the no-progress guard remembers: a server that cycles
/// through up to this many pages (A, B, A, B…) is caught.
pub const REPEAT_WINDOW: usize = 256;

impl<T, E, F, Fut> State<T, E, F>
where
    T: Clone + PartialEq + Send + 'static,
    E: From<Error> + Send + 'static,
    F: FnMut(PageRequest) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>, E>> + Send + 'static,
{
    fn start_fetch(&mut self, background: bool) {
        let req = PageRequest {
            index: self.next_index,
            size: self.opts.page_size,
        };
        self.next_index += 1;
        let fut = (self.fetch)(req);
        self.inflight.push_back(if background {
            Pending::Spawned(AbortOnDrop(tokio::spawn(fut)))
        } else {
            Pending::Local(Box::pin(fut))
        });
    }

    /// Starts background fetches: up to the window while the total is known (never
    /// past it or the page cap), or one page ahead with `prefetch` when it is not.
    fn top_up(&mut self) {
        if self.finished {
            return;
        }
        let size = u64::from(self.opts.page_size);
        match self.total {
            Some(total) if self.opts.window > 1 => {
                let pages = total.div_ceil(size);
                let end = self.opts.first_page.saturating_add(pages);
                while self.inflight.len() < self.opts.window
                    && self.next_index < end
                    && self.pages_fetched + (self.inflight.len() as u64) < self.opts.max_pages
                {
                    self.start_fetch(true);
                }
            }
            _ => {
                // No total: the page after a full one is needed anyway (to find the
                // short or empty page), so it is fetched while this one is consumed.
                if (self.opts.prefetch || self.opts.window > 1)
                    && self.inflight.is_empty()
                    && self.pages_fetched < self.opts.max_pages
                {
                    self.start_fetch(true);
                }
            }
        }
    }

    async fn await_pending(&mut self) -> Option<Result<Page<T>, E>> {
        match self.inflight.pop_front().unwrap_or(Pending::None) {
            Pending::None => None,
            Pending::Local(fut) => Some(fut.await),
            Pending::Spawned(mut handle) => Some(match (&mut handle.0).await {
                Ok(r) => r,
                Err(e) => Err(E::from(Error::Pagination(format!(
                    "prefetch task failed: {e}"
                )))),
            }),
        }
    }

    /// Absorbs a fetched page; returns an error to end the stream with, if any.
    fn absorb(&mut self, page: Page<T>) -> Result<(), E> {
        self.pages_fetched += 1;
        if page.total.is_some() {
            self.total = page.total;
        }
        let n = page.items.len() as u64;
        if n == 0 {
            self.finished = true;
            return Ok(());
        }
        if let Some(first) = page.items.first() {
            if let Some(back) = self.recent_firsts.iter().rev().position(|f| f == first) {
                self.finished = true;
                return Err(E::from(Error::Pagination(format!(
                    "page {} starts with the same item as the page {} before it: the server repeats pages",
                    self.next_index.saturating_sub(1),
                    back + 1
                ))));
            }
            if self.recent_firsts.len() == REPEAT_WINDOW {
                self.recent_firsts.pop_front();
            }
            self.recent_firsts.push_back(first.clone());
        }
        self.seen += n;
        let short = n < u64::from(self.opts.page_size);
        let reached_total = page.total.is_some_and(|t| self.seen >= t);
        self.buffer.extend(page.items);
        if short && !reached_total && page.total.is_some() {
            // The server says more items exist but returned a short page: it probably
            // caps the page size. Stopping silently would truncate the result, and
            // asking for the next page by index could skip items, so stop loudly.
            self.finished = true;
            return Err(E::from(Error::Pagination(format!(
                "page {} returned {n} items for a page size of {} while the server reports {} in total and {} were seen; \
                 the server probably caps the page size — use a page size of at most {n}",
                self.next_index.saturating_sub(1),
                self.opts.page_size,
                page.total.unwrap_or_default(),
                self.seen
            ))));
        }
        if short || reached_total {
            self.finished = true;
        } else if self.pages_fetched >= self.opts.max_pages {
            self.finished = true;
            // Yield what we have, then report the cap.
            return Err(E::from(Error::Pagination(format!(
                "stopped after {} pages (max_pages); the server still reports more",
                self.pages_fetched
            ))));
        }
        Ok(())
    }
}

/// A spawned prefetch that is aborted when dropped, so a stream dropped mid-way
/// does not leave a fetch running.
struct AbortOnDrop<R>(tokio::task::JoinHandle<R>);

impl<R> Drop for AbortOnDrop<R> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Turns a page-fetching function into a stream of items.
///
/// `fetch` is called with each [`PageRequest`]; map it to the platform's own page
/// fields (`start` = [`PageRequest::offset`], `pageNum` = [`PageRequest::number`]…).
/// Item types need `Clone + PartialEq` for the no-progress guard.
pub fn paginate<T, E, F, Fut>(opts: PaginateOptions, fetch: F) -> PageStream<T, E>
where
    T: Clone + PartialEq + Send + 'static,
    E: From<Error> + Send + 'static,
    F: FnMut(PageRequest) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>, E>> + Send + 'static,
{
    let state = State {
        fetch,
        next_index: opts.first_page,
        opts,
        pages_fetched: 0,
        seen: 0,
        buffer: VecDeque::new(),
        inflight: VecDeque::new(),
        total: None,
        recent_firsts: VecDeque::new(),
        finished: false,
    };
    stream::unfold((state, None::<E>), |(mut st, mut deferred)| async move {
        loop {
            if let Some(item) = st.buffer.pop_front() {
                // Keep the pipeline full while this page is handed out.
                st.top_up();
                return Some((Ok(item), (st, deferred)));
            }
            if let Some(e) = deferred.take() {
                return Some((Err(e), (st, None)));
            }
            if st.finished {
                return None;
            }
            if st.inflight.is_empty() {
                st.start_fetch(false);
            }
            match st.await_pending().await {
                Some(Ok(page)) => {
                    if let Err(e) = st.absorb(page) {
                        deferred = Some(e);
                    }
                    if st.finished {
                        // Pages past the end are not needed: abort them.
                        st.inflight.clear();
                    }
                }
                Some(Err(e)) => {
                    st.finished = true;
                    st.inflight.clear();
                    return Some((Err(e), (st, None)));
                }
                None => return None,
            }
        }
    })
    .boxed()
}
