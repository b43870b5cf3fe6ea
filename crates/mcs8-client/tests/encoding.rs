//! Method, path, body kind and the exact query/body spelling of each endpoint.

use chrono::NaiveDate;
use client_core::{BodyKind, Endpoint, PageRequest, Paged, Secret};
use mcs8_client::api::ai::*;
use mcs8_client::api::app::*;
use mcs8_client::api::auth::*;
use mcs8_client::api::data::*;
use mcs8_client::api::ext::*;
use mcs8_client::api::org::*;
use mcs8_client::enums::*;

fn query<E: Endpoint>(e: &E) -> String {
    assert_eq!(E::METHOD, http::Method::GET);
    assert_eq!(E::BODY, BodyKind::Query);
    e.encode().unwrap().query.unwrap_or_default()
}

fn body<E: Endpoint>(e: &E) -> serde_json::Value {
    assert_eq!(E::METHOD, http::Method::POST);
    assert_eq!(E::BODY, BodyKind::Json);
    serde_json::from_slice(&e.encode().unwrap().body.unwrap()).unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn login_body_sends_both_version_spellings() {
    let l = Login::new("pc1", &Secret::new("000000"), 1_700_000_000);
    let b = body(&l);
    assert_eq!(b["username"], "pc1");
    assert_eq!(
        b["password"],
        "007972d17695beac6344f8a01d38f9c5aacfe8f4a856225755e82f1a90aeb269"
    );
    assert_eq!(b["udef_t"], "1700000000");
    assert_eq!(b["udef_v"], "v1");
    assert_eq!(b["udef_ver"], "v1");
    assert!(
        !format!("{l:?}").contains("007972d1"),
        "signature leaked into Debug"
    );
    assert_eq!(Login::PATH, "/api/v1/auth/Token");
    const { assert!(!Login::IDEMPOTENT) };
}

#[test]
fn page_size_spelling_per_endpoint() {
    let mut dev = DevList {
        group_id: Some(12),
        ..Default::default()
    };
    dev.set_page(PageRequest {
        index: 1,
        size: 1000,
    });
    assert_eq!(query(&dev), "groupId=12&page=2&pageSize=1000");

    let mut files = RecordFileList::new(d(2022, 6, 21), d(2022, 7, 22));
    files.set_page(PageRequest {
        index: 0,
        size: 1000,
    });
    assert_eq!(
        query(&files),
        "st=2022-06-21&et=2022-07-22&timeType=0&fType=-1&lType=-1&page=1&pagesize=1000"
    );

    let mut gps = GpsList::new("test1", d(2022, 7, 20), d(2022, 7, 21));
    gps.set_page(PageRequest {
        index: 0,
        size: GpsList::DEFAULT_PAGE_SIZE,
    });
    assert_eq!(
        query(&gps),
        "st=2022-07-20&et=2022-07-21&devId=test1&page=1&pagesize=17280"
    );

    let large = GpsListForLarge::new("test1", d(2022, 7, 20), d(2022, 7, 21));
    assert_eq!(query(&large), "st=2022-07-20&et=2022-07-21&devId=test1");
    let mut sized = GpsListForLarge::new(
        "test1",
        d(2022, 7, 20).and_hms_opt(0, 0, 0).unwrap(),
        d(2022, 7, 21).and_hms_opt(0, 0, 0).unwrap(),
    );
    sized.page_size = Some(GpsListForLarge::DEFAULT_PAGE_SIZE);
    assert_eq!(
        query(&sized),
        "st=2022-07-20+00%3A00%3A00&et=2022-07-21+00%3A00%3A00&devId=test1&pagesize=604800"
    );

    let mut alarms = AlarmList::new(d(2022, 7, 13), d(2022, 7, 20));
    alarms.dev_id = Some("test1".into());
    alarms.keywords = Some("".into());
    assert_eq!(
        query(&alarms),
        "st=2022-07-13&et=2022-07-20&devId=test1&alarmType=-1&alarmStatus=-1&dealType=-1&dealStatus=-1&keywords="
    );

    let mut tasks = TaskList::new(
        d(2024, 5, 6).and_hms_opt(0, 0, 0).unwrap(),
        d(2024, 5, 7).and_hms_opt(12, 30, 0).unwrap(),
    );
    tasks.status = Some(TaskStatus::Done);
    tasks.set_page(PageRequest {
        index: 0,
        size: TaskList::DEFAULT_PAGE_SIZE,
    });
    assert_eq!(
        query(&tasks),
        "st=2024-05-06+00%3A00%3A00&et=2024-05-07+12%3A30%3A00&status=2&page=1&pageSize=5000"
    );
    // TaskList's table fixes yyyy-MM-dd HH:mm:ss: dates go as their midnight, and the
    // optional (否) filters are left out when unset.
    assert_eq!(
        query(&TaskList::new(d(2024, 5, 6), d(2024, 5, 7))),
        "st=2024-05-06+00%3A00%3A00&et=2024-05-07+00%3A00%3A00"
    );

    assert_eq!(
        query(&EnterList {
            enter_id: 0,
            page: Some(1),
            page_size: Some(1000),
            keywords: None
        }),
        "enterId=0&page=1&pageSize=1000"
    );
    assert_eq!(
        query(&GpsStatsList {
            page_size: Some(10),
            ..GpsStatsList::new(d(2022, 7, 13), d(2022, 7, 20))
        }),
        "st=2022-07-13&et=2022-07-20&pagesize=10"
    );
    assert_eq!(
        query(&DevOnlineList {
            page_size: Some(10),
            ..DevOnlineList::new(d(2022, 7, 13), d(2022, 7, 20))
        }),
        "st=2022-07-13&et=2022-07-20&pagesize=10"
    );
    assert_eq!(
        query(&GeofenceAccessList {
            page_size: Some(10),
            ..GeofenceAccessList::new("t", d(2022, 7, 13), d(2022, 7, 20))
        }),
        "st=2022-07-13&et=2022-07-20&devId=t&pageSize=10"
    );
    assert_eq!(
        query(&FaceList {
            with_feature: Some(true),
            with_img: Some(false),
            ..Default::default()
        }),
        "withFeature=1&withImg=0"
    );
    for (q, expected) in [
        (
            query(&DispatchGroupList {
                page_size: Some(3),
                ..Default::default()
            }),
            "pageSize=3",
        ),
        (
            query(&GeofenceList {
                page_size: Some(3),
                ..Default::default()
            }),
            "pageSize=3",
        ),
        (
            query(&LicencePlateList {
                page_size: Some(3),
                ..Default::default()
            }),
            "pageSize=3",
        ),
        (
            query(&GroupList {
                page_size: Some(3),
                ..Default::default()
            }),
            "pageSize=3",
        ),
    ] {
        assert_eq!(q, expected);
    }
}

#[test]
fn small_get_endpoints() {
    assert_eq!(
        query(&RecordFileUpdateLabel {
            id: "x".into(),
            l_type: LabelType::Important
        }),
        "id=x&lType=1"
    );
    assert_eq!(RecordFileUpdateLabel::PATH, "/api/v1/RecordFileUpdatelType");
    assert_eq!(
        query(&AlarmUpdateDeal {
            id: "a".into(),
            deal_type: DealType::Manual,
            deal_status: DealStatus::Handled,
            deal_desc: Some("测试".into())
        }),
        "id=a&dealType=1&dealStatus=2&dealDesc=%E6%B5%8B%E8%AF%95"
    );
    assert_eq!(
        query(
            &SignedUrlRequest::new(
                "62ecc97f81149094e56c16cb",
                std::time::Duration::from_secs(7200)
            )
            .unwrap()
        ),
        "id=62ecc97f81149094e56c16cb&expires=7200"
    );
    assert_eq!(
        query(&RefreshToken {
            refresh_token: None,
            expires: 7200
        }),
        "expires=7200"
    );
    assert_eq!(
        query(&TaskUpdateStatus {
            id: "60d41d94ae3a93c5c71c974c".into(),
            status: TaskStatus::Done,
            des: None
        }),
        "id=60d41d94ae3a93c5c71c974c&status=2"
    );
    assert_eq!(
        query(&TaskUpdateDest {
            id: "i".into(),
            dest_dev_id: "test5".into()
        }),
        "id=i&destDevId=test5"
    );
    assert_eq!(
        query(&DevDelete {
            device_id: "5000".into(),
            dev_id: None
        }),
        "deviceId=5000"
    );
    assert_eq!(query(&EnterDelete { id: 5000 }), "id=5000");
    assert_eq!(query(&Logout {}), "");
    assert_eq!(query(&DevTree {}), "");
    const { assert!(DevTree::IDEMPOTENT && DevList::IDEMPOTENT && !DevAdd::IDEMPOTENT) };
}

#[test]
fn validation_names_the_field() {
    let e = DevList {
        page: Some(0),
        ..Default::default()
    }
    .validate()
    .unwrap_err();
    assert!(e.to_string().contains("1-based"), "{e}");
    let e = GpsList::new("", d(2022, 7, 20), d(2022, 7, 21))
        .validate()
        .unwrap_err();
    assert!(e.to_string().contains("devId"), "{e}");
    let e = GpsList::new("x", d(2022, 7, 21), d(2022, 7, 20))
        .validate()
        .unwrap_err();
    assert!(e.to_string().contains("must not be after"), "{e}");
    let e = SignedUrlRequest::new("x", std::time::Duration::from_secs(8 * 86_400)).unwrap_err();
    assert!(e.to_string().contains("exceeds"), "{e}");
    let e = DispatchGroupDeviceUpdate {
        id: 1,
        device_list: vec![],
    }
    .validate()
    .unwrap_err();
    assert!(e.to_string().contains("deviceList"), "{e}");
    let e = DevChnUpdate {
        device_id: "d".into(),
        channels: vec![mcs8_client::models::Channel {
            status: Some(ChannelOp::Delete),
            ..Default::default()
        }],
    }
    .validate()
    .unwrap_err();
    assert!(e.to_string().contains("requires its id"), "{e}");
    let e = FaceAdd {
        name: "n".into(),
        id_card: "i".into(),
        img_url: "x".into(),
        sex: Sex::NotSet,
        age: Some(-1),
        remark: None,
    }
    .validate()
    .unwrap_err();
    assert!(e.to_string().contains("age"), "{e}");
}

#[test]
fn open_enums_keep_unknown_values() {
    let a: AlarmType = serde_json::from_str("999").unwrap();
    assert_eq!(a, AlarmType::Unknown(999));
    assert_eq!(serde_json::to_string(&a).unwrap(), "999");
    assert!(AlarmType::from_code(23).is_io());
    let c: LicenseColor = serde_json::from_str("\"purple\"").unwrap();
    assert_eq!(c, LicenseColor::Unknown("purple".into()));
    let t: DeviceType = serde_json::from_str("\"11\"").unwrap();
    assert_eq!(t, DeviceType::Gb28181Video);
}

#[test]
fn token_lifetime_readings() {
    use mcs8_client::models::TokenInfo;
    let rel = TokenInfo {
        expires_in: Some(7200),
        ..Default::default()
    };
    assert_eq!(rel.lifetime(1_700_000_000).as_secs(), 7200);
    let abs = TokenInfo {
        expires_in: Some(1_700_003_600),
        ..Default::default()
    };
    assert_eq!(abs.lifetime(1_700_000_000).as_secs(), 3600);
    let past = TokenInfo {
        expires_in: Some(1_600_000_000),
        ..Default::default()
    };
    assert_eq!(past.lifetime(1_700_000_000).as_secs(), 0);
    assert_eq!(TokenInfo::default().lifetime(0).as_secs(), 86_400);
}

/// The 54 rows of the seed's inventory (mcs8-endpoints.tsv): method and path of every
/// request type.
#[test]
fn all_54_endpoints_have_the_seed_method_and_path() {
    macro_rules! rows {
        ($($ty:ty => $m:ident $path:literal),+ $(,)?) => {
            vec![$((stringify!($ty), <$ty as Endpoint>::METHOD, http::Method::$m, <$ty as Endpoint>::PATH, $path)),+]
        };
    }
    let rows = rows![
        Login => POST "/api/v1/auth/Token",
        Logout => GET "/api/v1/auth/Logout",
        RefreshToken => GET "/api/v1/auth/RefreshToken",
        EnterList => GET "/api/v1/EnterList",
        EnterAdd => POST "/api/v1/EnterAdd",
        EnterEdit => POST "/api/v1/EnterEdit",
        EnterDelete => GET "/api/v1/EnterDelete",
        GroupList => GET "/api/v1/GroupList",
        GroupAdd => POST "/api/v1/GroupAdd",
        GroupEdit => POST "/api/v1/GroupEdit",
        GroupDelete => GET "/api/v1/GroupDelete",
        DevList => GET "/api/v1/DevList",
        DevAdd => POST "/api/v1/DevAdd",
        DevEdit => POST "/api/v1/DevEdit",
        DevDelete => GET "/api/v1/DevDelete",
        DevChnUpdate => POST "/api/v1/DevChnUpdate",
        RecordFileList => GET "/api/v1/RecordFileList",
        RecordFileUpdateLabel => GET "/api/v1/RecordFileUpdatelType",
        RecordFileDel => GET "/api/v1/RecordFileDel",
        SignedUrlRequest => GET "/api/v1/oss/SignedUrl",
        AlarmList => GET "/api/v1/AlarmList",
        AlarmUpdateDeal => GET "/api/v1/AlarmUpdateDeal",
        AlarmUpdateDel => GET "/api/v1/AlarmUpdateDel",
        GpsList => GET "/api/v1/GPSList",
        GpsListForLarge => GET "/api/v1/GPSListForlarge",
        GpsStatsList => GET "/api/v1/GPSStatsList",
        DispatchGroupList => GET "/api/v1/DispatchGroupList",
        DispatchGroupAdd => POST "/api/v1/DispatchGroupAdd",
        DispatchGroupEdit => POST "/api/v1/DispatchGroupEdit",
        DispatchGroupDelete => GET "/api/v1/DispatchGroupDelete",
        DispatchGroupDeviceUpdate => POST "/api/v1/DispatchGroupDeviceUpdate",
        GeofenceList => GET "/api/v1/GeofenceList",
        GeofenceAdd => POST "/api/v1/GeofenceAdd",
        GeofenceEdit => POST "/api/v1/GeofenceEdit",
        GeofenceDelete => GET "/api/v1/GeofenceDelete",
        GeofenceAccessList => GET "/api/v1/GeofenceAccessList",
        TaskList => GET "/api/v1/TaskList",
        TaskAdd => POST "/api/v1/TaskAdd",
        TaskUpdate => POST "/api/v1/TaskUpdate",
        TaskUpdateStatus => GET "/api/v1/TaskUpdateStatus",
        TaskUpdateDest => GET "/api/v1/TaskUpdateDest",
        TaskDelete => GET "/api/v1/TaskDelete",
        FaceList => GET "/api/v1/ai/FaceList",
        FaceAdd => POST "/api/v1/ai/FaceAdd",
        FaceDel => GET "/api/v1/ai/FaceDel",
        FaceRecognize => POST "/aiapi/faceApi/face_recognize",
        DetectFace => POST "/aiapi/faceApi/DetectFace",
        FaceQuality => POST "/aiapi/faceApi/getQualityByImg",
        FaceLoginByImg => POST "/aiapi/faceApi/faceLoginByImg",
        LicencePlateList => GET "/api/v1/ai/LicencePlateList",
        LicencePlateAdd => POST "/api/v1/ai/LicencePlateAdd",
        LicencePlateDel => GET "/api/v1/ai/LicencePlateDel",
        DevTree => GET "/api/v1/ext/DevTree",
        DevOnlineList => GET "/api/v1/DevOnlineList",
    ];
    assert_eq!(rows.len(), 54);
    let mut paths = std::collections::HashSet::new();
    for (ty, method, expected_method, path, expected_path) in rows {
        assert_eq!(method, expected_method, "{ty}");
        assert_eq!(path, expected_path, "{ty}");
        assert!(paths.insert(path), "{ty}: duplicate path");
    }
}
