//! Request helpers shared by the api modules: the `Paged` impl macro and the two
//! Hongtu-specific checks (paging numbers and alphanumeric names), built on
//! [`client_core::validate`].

use client_core::{validate, Error};

/// Implements [`client_core::Paged`] for a request whose response is a
/// [`PageData`](crate::envelope::PageData) and whose paging fields are
/// `page_num: Option<u64>` (or, with a trailing `curr_page`, `curr_page: Option<u64>`)
/// and `page_size: Option<u32>`; `$default` is the documented default page size.
macro_rules! impl_paged {
    ($req:ty, $item:ty, $default:expr) => {
        $crate::api::util::impl_paged!($req, $item, $default, page_num);
    };
    ($req:ty, $item:ty, $default:expr, $page_field:ident) => {
        impl client_core::Paged for $req {
            type Item = $item;
            fn page_size(&self) -> u32 {
                self.page_size.unwrap_or($default)
            }
            fn set_page(&mut self, page: client_core::PageRequest) {
                self.$page_field = Some(page.number());
                self.page_size = Some(page.size);
            }
            fn into_page(resp: crate::envelope::PageData<$item>) -> client_core::Page<$item> {
                resp.into_page()
            }
        }
    };
}

pub(crate) use impl_paged;

/// Checks a name of `min..=max` characters made only of Chinese characters, letters
/// and digits (the rule names' 支持中文、英文、数字).
pub(crate) fn check_alnum_name(
    path: &str,
    field: &str,
    name: &str,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    validate::chars(path, field, name, min, max)?;
    if let Some(c) = name.chars().find(|c| !c.is_alphanumeric()) {
        return Err(Error::invalid(
            path,
            format!("{field} may contain only Chinese characters, letters and digits, got {c:?}"),
        ));
    }
    Ok(())
}

/// Checks that an optional page number/size is at least 1 (the box rejects ≤ 0).
/// Works for the unsigned and the signed paging fields alike.
pub(crate) fn check_page<N, S>(
    path: &str,
    page_num: Option<N>,
    page_size: Option<S>,
) -> Result<(), Error>
where
    N: Into<i128> + Copy,
    S: Into<i128> + Copy,
{
    if let Some(n) = page_num {
        validate::at_least(path, "pageNum", n.into(), 1)?;
    }
    if let Some(s) = page_size {
        validate::at_least(path, "pageSize", s.into(), 1)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_checks_accept_one_and_reject_zero_or_negative() {
        assert!(check_page::<u64, u32>("/p", Some(1), Some(1)).is_ok());
        assert!(check_page::<u64, u32>("/p", None, None).is_ok());
        let e = check_page::<u64, u32>("/p", Some(0), None).unwrap_err();
        assert!(e.to_string().contains("pageNum must be >= 1, got 0"), "{e}");
        let e = check_page::<i64, i64>("/p", Some(1), Some(-3)).unwrap_err();
        assert!(
            e.to_string().contains("pageSize must be >= 1, got -3"),
            "{e}"
        );
    }

    #[test]
    fn alnum_names_count_characters_and_reject_punctuation() {
        assert!(check_alnum_name("/p", "name", "规则A1", 1, 50).is_ok());
        assert!(check_alnum_name("/p", "name", "a-b", 1, 50).is_err());
        assert!(check_alnum_name("/p", "name", "", 1, 50).is_err());
    }
}
