//! The `start`/`limit` paging shared by the 2026 edition's list endpoints whose
//! `start` and `limit` are optional (1.4.17–1.4.21: "【可选】要获取的起始条目，默认为0",
//! "【可选】要获取的条目总数，默认为10"), and the one-key sort objects they take.

use std::collections::BTreeMap;

pub use crate::api::vehicle::SortOrder;

/// One sort key: `{"<member>": "asc"|"desc"}` (排序方式; the array's order is the
/// priority, first = highest).
pub type SortKey = BTreeMap<String, SortOrder>;

/// `{"<member>": order}` — builds one [`SortKey`].
pub fn sort_key(member: impl Into<String>, order: SortOrder) -> SortKey {
    let mut k = BTreeMap::new();
    k.insert(member.into(), order);
    k
}

/// Implements [`client_core::Paged`] for a request with `start: Option<u64>` and
/// `limit: Option<u32>` whose response is a [`crate::envelope::PagedList`]; the page
/// size is the caller's `limit`, else `$default`.
macro_rules! opt_paged {
    ($ty:ty => $item:ty, $default:expr) => {
        impl ::client_core::Paged for $ty {
            type Item = $item;

            fn page_size(&self) -> u32 {
                self.limit.unwrap_or($default)
            }

            fn set_page(&mut self, page: ::client_core::PageRequest) {
                self.start = Some(page.offset());
                self.limit = Some(page.size);
            }

            fn into_page(resp: $crate::envelope::PagedList<$item>) -> ::client_core::Page<$item> {
                ::client_core::Page::new(resp.list, u64::try_from(resp.total).ok())
            }
        }
    };
}

pub(crate) use opt_paged;

/// A `limit` within `1..=max` when present.
pub(crate) fn opt_limit(
    path: &str,
    limit: Option<u32>,
    max: u32,
) -> Result<(), client_core::Error> {
    client_core::validate::opt_range(path, "limit", limit, 1, max)
}
