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
    let e = Error::api("/p", 101012, None);
    assert_eq!(e.to_string(), "Hongtu error 101012 on /p: 该人员不存在");
    let e = Error::api("/p", 101012, Some("人员不存在啦".into()));
    assert!(e.to_string().ends_with("人员不存在啦"));
    assert!(Error::api("/p", 121064, None).is_retryable(), "请稍后重试");
    assert!(!Error::api("/p", 100003, None).is_retryable());
}
