//! The generated error-code table against the seed's tables.
use hongtu_client::{Error, ErrorCode, ErrorModule};

#[test]
fn every_table_is_complete() {
    let count = |m: ErrorModule| {
        ErrorCode::ALL
            .iter()
            .filter(|c| c.module() == Some(m))
            .count()
    };
    // Distinct codes per table (错误码定义 1.1–1.8).
    assert_eq!(count(ErrorModule::Public), 3);
    assert_eq!(count(ErrorModule::Person), 37);
    assert_eq!(count(ErrorModule::Device), 64);
    assert_eq!(count(ErrorModule::PassPermission), 37);
    assert_eq!(count(ErrorModule::Attendance), 32);
    assert_eq!(count(ErrorModule::SecurityPerson), 35);
    assert_eq!(count(ErrorModule::Structured), 35);
    assert_eq!(count(ErrorModule::Event), 1);
    assert_eq!(count(ErrorModule::Door), 1);
    for c in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(c.code()), *c, "{c}");
        assert!(c.description().is_some_and(|d| !d.is_empty()), "{c:?}");
    }
}

#[test]
fn seed_texts_are_kept() {
    assert_eq!(ErrorCode::from_code(100008).description(), Some("签名错误"));
    assert_eq!(ErrorCode::from_code(102003).other_descriptions().len(), 3);
    assert!(ErrorCode::from_code(100003)
        .remarks()
        .iter()
        .any(|r| r.contains("customConfig")));
    assert_eq!(
        ErrorCode::from_code(121042).description(),
        Some("personUuid和profileUuid不能同时为空,也不能同时存在,请检查参数")
    );
    assert_eq!(ErrorCode::from_code(7).description(), None);
    assert_eq!(ErrorCode::from_code(100008).to_string(), "100008 签名错误");
}

#[test]
fn api_errors_use_the_box_message_or_the_seed_text() {
    let api = |code: i64, msg: Option<&str>| -> Error {
        hongtu_client::ApiError::new("/p", ErrorCode::from_code(code), msg, http::StatusCode::OK)
            .into()
    };
    let e = api(101012, None);
    assert_eq!(e.to_string(), "Hongtu error 101012 该人员不存在 on /p");
    let e = api(101012, Some("人员不存在啦"));
    assert!(e.to_string().ends_with("人员不存在啦"), "{e}");
    assert_eq!(e.api().map(|a| a.path.as_str()), Some("/p"));
    assert_eq!(e.api().map(|a| a.status), Some(http::StatusCode::OK));
    assert!(api(121064, None).is_retryable(), "请稍后重试");
    assert!(!api(100003, None).is_retryable());
}
