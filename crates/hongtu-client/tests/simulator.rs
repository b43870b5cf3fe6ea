//! The client against the embedded simulator, over loopback: signing, uploads,
//! stateful endpoints, paging in both styles, faults, callbacks end to end.
#![cfg(feature = "simulator")]

mod common;

use std::time::Duration;

use client_core::reexports::reqwest;
use client_core::{PaginateOptions, RetryPolicy};
use futures::TryStreamExt;
use hongtu_client::api::group::*;
use hongtu_client::api::maintenance::ApplianceInfoQuery;
use hongtu_client::api::misc::FileUpload;
use hongtu_client::api::person::*;
use hongtu_client::api::security_config::QueryFaceConfig;
use hongtu_client::api::subscription::*;
use hongtu_client::callback::{BusinessRecord, Callback, PassRecord};
use hongtu_client::dict::{BusiType, GroupType, PersonType};
use hongtu_client::simulator::{Fault, FaultRule, Simulator, DEFAULT_APP_KEY, DEFAULT_SECRET};
use hongtu_client::webhook::WebhookOptions;
use hongtu_client::{webhook, Error, ErrorCode, ImageFile, Prepared};
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(20);

fn png_bytes() -> ImageFile {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/hongtu/images/face.png"
    );
    ImageFile::read(path).unwrap()
}

#[tokio::test]
async fn signed_requests_are_accepted() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let cfg = timeout(LIMIT, client.send(&QueryFaceConfig {}))
        .await
        .unwrap()
        .unwrap();
    assert!(cfg.face_config_status.is_some());
    // GET without a body: signed over MD5("{}").
    let info = timeout(LIMIT, client.send(&ApplianceInfoQuery {}))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.model, "MegCube-HAL3004-4S2");
    // The second built-in key pair works too.
    let other = sim
        .client_builder()
        .credentials("appkey2", "zxcv&jlkfd234adf#xi9")
        .build()
        .unwrap();
    timeout(LIMIT, other.send(&QueryFaceConfig {}))
        .await
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn wrong_secret_is_a_typed_signature_error() {
    let sim = Simulator::start().await.unwrap();
    let client = sim
        .client_builder()
        .credentials("appkey1", "not-the-secret")
        .build()
        .unwrap();
    let err = timeout(LIMIT, client.send(&QueryFaceConfig {}))
        .await
        .unwrap()
        .unwrap_err();
    assert!(err.is_signature_error(), "{err}");
    assert_eq!(err.code(), Some(ErrorCode::SIGNATURE_ERROR));
    assert!(!err.is_retryable());
    assert_eq!(
        sim.requests_to("/v1/api/global/sys/config/queryFaceConfigInfo")
            .len(),
        1,
        "not retried"
    );
    let upload = timeout(LIMIT, client.upload_person_image(png_bytes()))
        .await
        .unwrap()
        .unwrap_err();
    assert!(upload.is_signature_error());
}

#[tokio::test]
async fn tampered_body_is_rejected() {
    let sim = Simulator::start().await.unwrap();
    let path = "/v1/api/person/list";
    let signed = br#"{"pageNum":1,"pageSize":10}"#;
    let sent = br#"{"pageNum":1,"pageSize":99}"#;
    let h = auth_signing::hongtu::sign(
        &auth_signing::hongtu::HongtuRequest {
            uri: path,
            method: "POST",
            query: "",
            body: Some(signed),
        },
        &auth_signing::hongtu::HongtuCredentials {
            app_key: DEFAULT_APP_KEY,
            secret: DEFAULT_SECRET,
        },
        client_core::unix_millis(),
        "abc123",
    );
    let http = reqwest::Client::new();
    let send = |body: &'static [u8]| {
        let mut req = http
            .post(format!("{}{path}", sim.base_url()))
            .header("content-type", "application/json;charset=UTF-8")
            .body(body);
        for (k, v) in h.pairs() {
            req = req.header(k, v);
        }
        req.send()
    };
    let tampered: serde_json::Value = timeout(LIMIT, send(sent))
        .await
        .unwrap()
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(tampered["code"], 100008);
    assert_eq!(tampered["msg"], "签名错误");
    let intact: serde_json::Value = timeout(LIMIT, send(signed))
        .await
        .unwrap()
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(intact["code"], 0);
}

#[tokio::test]
async fn multipart_uploads_are_signed_and_accepted() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let uri = timeout(LIMIT, client.upload_person_image(png_bytes()))
        .await
        .unwrap()
        .unwrap();
    assert!(uri.as_str().starts_with("_ZzEwMF9mb3JldmVyQnVja2V0_"));
    let again = client.upload_person_image(png_bytes()).await.unwrap();
    assert_ne!(uri, again, "every upload gets its own uri");
    client
        .upload(&QualityJudge { file: png_bytes() })
        .await
        .unwrap();
    let misc = client
        .upload(&FileUpload::image(png_bytes()))
        .await
        .unwrap();
    assert!(misc.uri.is_some());
    let cfg = client
        .upload(&UploadConfigImage { file: png_bytes() })
        .await
        .unwrap();
    assert!(cfg.uri.is_some());
    // Not an image: the box's 101066.
    let bogus = ImageFile::new("face.jpg", b"hello, not an image".to_vec());
    let err = client
        .upload(&UploadImage { file: bogus })
        .await
        .unwrap_err();
    assert_eq!(err.code().map(|c| c.code()), Some(101066));
    // Checked client-side before sending.
    let wrong_ext = ImageFile::new("face.gif", vec![1, 2, 3]);
    assert!(matches!(
        client.upload(&UploadImage { file: wrong_ext }).await,
        Err(Error::Core(client_core::Error::InvalidRequest { .. }))
    ));
}

#[tokio::test]
async fn create_person_with_photo_then_query_update_delete() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let mut input = PersonInput::employee("张三");
    input.code = Some("A001".into());
    input.phone = Some("13800000000".into());
    let created = timeout(
        LIMIT,
        client.create_person_with_photo(input.clone(), png_bytes()),
    )
    .await
    .unwrap()
    .unwrap();
    let uuid = created.uuid.clone().unwrap();
    assert_eq!(created.staff_code.as_deref(), Some("A001"));
    let p = client
        .send(&PersonQuery { uuid: uuid.clone() })
        .await
        .unwrap();
    assert_eq!(p.name, "张三");
    assert!(p.image_uri.unwrap().contains("/pub/_ZzEwMF9"));
    assert_eq!(p.group_list.unwrap()[0].name.as_deref(), Some("员工默认组"));
    // A duplicate staff code is a per-item failure, surfaced as a typed error.
    let dup = client
        .create_person_with_photo(input, png_bytes())
        .await
        .unwrap_err();
    assert_eq!(dup.code().map(|c| c.code()), Some(101011));
    let mut upd = PersonInput {
        uuid: Some(uuid.clone()),
        ..Default::default()
    };
    upd.name = Some("李四".into());
    client.send(&UpdatePerson(upd)).await.unwrap();
    let p = client
        .send(&PersonQuery { uuid: uuid.clone() })
        .await
        .unwrap();
    assert_eq!(p.name, "李四");
    let del = client
        .send(&BatchDeletePersons {
            uuid_list: vec![uuid.clone(), "nobody".into()],
        })
        .await
        .unwrap();
    assert_eq!(del.successes.len(), 1);
    assert_eq!(del.failures[0].code, Some(101012));
    let gone = client.send(&PersonQuery { uuid }).await.unwrap_err();
    assert_eq!(gone.code(), Some(ErrorCode::PERSON_NOT_FOUND));
}

#[tokio::test]
async fn page_num_paging_across_page_boundaries() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let people: Vec<PersonInput> = (0..45)
        .map(|i| PersonInput::employee(format!("员工{i:02}")))
        .collect();
    let added = client
        .send(&BatchAddPersons {
            person_list: people,
        })
        .await
        .unwrap();
    assert_eq!(added.successes.len(), 45);
    let visitor = PersonInput {
        name: Some("访客".into()),
        person_type: Some(PersonType::Visitor),
        visit_start: Some(chrono::Utc::now()),
        visit_end: Some(chrono::Utc::now()),
        visited_uuid: added.successes[0].uuid.clone(),
        phone: Some("13800000001".into()),
        ..Default::default()
    };
    client
        .send(&BatchAddPersons {
            person_list: vec![visitor],
        })
        .await
        .unwrap();

    let req = PersonList {
        page_size: Some(10),
        ..PersonList::of_type(PersonType::Employee)
    };
    let all: Vec<Person> = timeout(LIMIT, client.stream(req).try_collect())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(all.len(), 45);
    let mut names: Vec<_> = all.iter().map(|p| p.name.clone()).collect();
    names.dedup();
    assert_eq!(names.len(), 45, "no page repeated or skipped");
    assert!(sim.requests_to("/v1/api/person/list").len() >= 5);
    // Default page size (20) and prefetch.
    let all: Vec<Person> = client
        .stream_with(
            PersonList::default(),
            PaginateOptions::new(20).prefetch(true),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 46);
    // Groups page too.
    let members: Vec<GroupMember> = client
        .stream(GroupPersons {
            page_size: Some(7),
            ..GroupPersons::new("976055aae31445c5a583ebc1a53c7514", GroupType::Employee)
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(members.len(), 45);
}

#[tokio::test]
async fn curr_page_paging_across_page_boundaries() {
    use hongtu_client::api::structure_search::SearchFaces;
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let example: serde_json::Value = serde_json::from_str(&common::fixture(
        "structure_search",
        "structure.face.search.response.json",
    ))
    .unwrap();
    let item = example["data"]["list"][0].clone();
    let items: Vec<serde_json::Value> = (0..23)
        .map(|i| {
            let mut v = item.clone();
            v["id"] = serde_json::json!(format!("face-{i:02}"));
            v
        })
        .collect();
    sim.seed_list("/v1/api/structure/face/search", items);
    let now = chrono::Utc::now();
    let req = SearchFaces::new(now - chrono::Duration::hours(1), now);
    let all: Vec<_> = timeout(LIMIT, client.stream(req).try_collect::<Vec<_>>())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(all.len(), 23);
    let ids: Vec<String> = all
        .iter()
        .map(|r| {
            serde_json::to_value(r).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids.first().map(String::as_str), Some("face-00"));
    assert_eq!(ids.last().map(String::as_str), Some("face-22"));
    assert_eq!(
        sim.requests_to("/v1/api/structure/face/search").len(),
        3,
        "10 + 10 + 3"
    );
}

#[tokio::test]
async fn groups_are_stateful() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let added = client
        .send(&BatchAddGroups {
            group_list: vec![NewGroup {
                uuid: None,
                name: "夜班".into(),
                group_type: GroupType::Employee,
            }],
        })
        .await
        .unwrap();
    let uuid = added.successes[0].uuid.clone().unwrap();
    let dup = client
        .send(&BatchAddGroups {
            group_list: vec![NewGroup {
                uuid: None,
                name: "夜班".into(),
                group_type: GroupType::Employee,
            }],
        })
        .await
        .unwrap();
    assert_eq!(dup.failures[0].code, Some(103124));
    client
        .send(&UpdateGroup {
            uuid: uuid.clone(),
            name: "早班".into(),
        })
        .await
        .unwrap();
    let groups: Vec<Group> = client
        .stream(GroupList::of_type(GroupType::Employee))
        .try_collect()
        .await
        .unwrap();
    assert!(groups.iter().any(|g| g.name == "早班"));
    let default = client
        .send(&DefaultGroup {
            group_type: GroupType::Visitor,
        })
        .await
        .unwrap();
    let err = client
        .send(&DeleteGroup { uuid: default.uuid })
        .await
        .unwrap_err();
    assert_eq!(err.code().map(|c| c.code()), Some(103123));
    client
        .send(&DeleteGroup { uuid: uuid.clone() })
        .await
        .unwrap();
    let err = client.send(&GroupQuery { uuid }).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::GROUP_NOT_FOUND));
}

#[tokio::test]
async fn devices_are_stateful() {
    use hongtu_client::api::device::*;
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let req: AddDevice =
        serde_json::from_str(&common::fixture("device", "device.add.request.json")).unwrap();
    let added = client.send(&req).await.unwrap();
    let uuid = added.successes[0].uuid.clone().unwrap();
    let dup = client.send(&req).await.unwrap();
    assert_eq!(dup.failures.len(), 1);
    let list: Vec<DeviceSummary> = client
        .stream(ListDevices::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].uuid, uuid);
    client
        .send(&DeleteDevice { uuid: uuid.clone() })
        .await
        .unwrap();
    let list: Vec<DeviceSummary> = client
        .stream(ListDevices::default())
        .try_collect()
        .await
        .unwrap();
    assert!(list.is_empty());
    assert_eq!(
        client
            .send(&DeleteDevice { uuid })
            .await
            .unwrap_err()
            .code()
            .map(|c| c.code()),
        Some(102113)
    );
}

#[tokio::test]
async fn faults_are_injected() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let path = "/v1/api/person/list";
    // A 503 on a read is retried.
    sim.inject(FaultRule::new(Fault::Http(503)).path(path).times(1));
    timeout(LIMIT, client.send(&PersonList::default()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sim.requests_to(path).len(), 2);
    // A 500 on a write is not.
    sim.inject(FaultRule::new(Fault::Http(500)).times(1));
    let err = client
        .send(&BatchDeletePersons {
            uuid_list: vec!["x".into()],
        })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("500"), "{err}");
    // An error code is typed.
    sim.inject(
        FaultRule::new(Fault::VendorCode(121064))
            .path(path)
            .times(1),
    );
    let ok = client.send(&PersonList::default()).await;
    assert!(ok.is_ok(), "121064 (try again later) is retried");
    sim.inject(
        FaultRule::new(Fault::VendorCode(101067))
            .path(path)
            .times(1),
    );
    let err = client.send(&PersonList::default()).await.unwrap_err();
    assert_eq!(
        err.code().and_then(|c| c.description()),
        Some("人员数量超过最大值")
    );
    // Latency beyond the client's timeout.
    let slow = sim
        .client_builder()
        .timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    sim.inject(
        FaultRule::new(Fault::Latency(Duration::from_secs(2)))
            .path(path)
            .times(1),
    );
    let err = timeout(LIMIT, slow.send(&PersonList::default()))
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(err, Error::Core(client_core::Error::Timeout { .. })),
        "{err}"
    );
}

#[tokio::test]
async fn callbacks_end_to_end_through_the_webhook() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let (server, mut rx) = webhook::channel(
        "127.0.0.1:0".parse().unwrap(),
        WebhookOptions::new("/hongtu"),
    )
    .await
    .unwrap();
    let push_url = format!("{}?cb=event-record-push", server.url());
    // Nobody subscribed yet: nothing is sent.
    let record: PassRecord =
        serde_json::from_str(&common::fixture("callback", "busi.5.data.json")).unwrap();
    assert!(!sim.emit_pass_record(&record).await.unwrap());
    client
        .send(&Subscribe {
            app_key: None,
            push_url: push_url.clone(),
            busi_types: vec![BusiType::Pass, BusiType::Alert],
        })
        .await
        .unwrap();
    let sub = client.send(&QuerySubscription::default()).await.unwrap();
    assert_eq!(sub.push_url.as_deref(), Some(push_url.as_str()));
    assert_eq!(sub.app_key.as_deref(), Some(DEFAULT_APP_KEY));

    assert!(sim.emit_pass_record(&record).await.unwrap());
    let got = timeout(LIMIT, rx.recv()).await.unwrap().unwrap();
    match got {
        Callback::Business(BusinessRecord::Pass(p)) => assert_eq!(*p, record),
        other => panic!("unexpected {other:?}"),
    }
    // Not subscribed to busiType 1.
    let sec: hongtu_client::callback::SecurityRecognitionRecord =
        serde_json::from_str(&common::fixture("callback", "busi.1.data.json")).unwrap();
    assert!(!sim.emit(BusiType::SecurityRecognition, &sec).await.unwrap());
    // Event and attendance callbacks (URLs configured outside the OpenAPI).
    let event: serde_json::Value =
        serde_json::from_str(&common::fixture("callback", "event.alert.json")).unwrap();
    sim.post_json(&format!("{}?cb=event", server.url()), &event)
        .await
        .unwrap();
    assert!(matches!(
        timeout(LIMIT, rx.recv()).await.unwrap().unwrap(),
        Callback::Event(_)
    ));
    // A malformed body is answered 400 and never delivered.
    let err = sim
        .post_json(
            &format!("{}?cb=event", server.url()),
            &serde_json::json!({"hello": 1}),
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("400"), "{err}");
    client.send(&Unsubscribe::default()).await.unwrap();
    assert!(sim.subscription().is_none());
    assert!(!sim.emit_pass_record(&record).await.unwrap());
    assert!(rx.try_recv().is_err());
    server.shutdown().await;
}

#[tokio::test]
async fn other_endpoints_answer_their_documented_example() {
    use hongtu_client::api::rule::{ListRules, RuleTargetType};
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    client
        .send(&ListRules::new(RuleTargetType::KeyPerson))
        .await
        .unwrap();
    let tree = client
        .send(&hongtu_client::api::org::OrgTree::default())
        .await
        .unwrap();
    assert_eq!(tree.len(), 3);
    let unknown = client
        .raw_prepared(
            &Prepared::new(http::Method::POST, "/v1/api/no/such/endpoint")
                .with_idempotent(true)
                .with_json("{}"),
        )
        .await
        .unwrap_err();
    assert!(unknown.to_string().contains("404"), "{unknown}");
}

#[tokio::test]
async fn every_attempt_is_signed_afresh() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let path = "/v1/api/pass/group/list";
    sim.inject(FaultRule::new(Fault::Http(502)).path(path).times(1));
    let before = client_core::unix_millis();
    client
        .send(&GroupList::of_type(GroupType::Employee))
        .await
        .unwrap();
    let sigs = sim.requests_to(path);
    assert_eq!(sigs.len(), 2, "one retry");
    for s in &sigs {
        let cnonce = s.header("cnonce").unwrap();
        assert_eq!(cnonce.len(), 6);
        assert!(cnonce.bytes().all(|b| b.is_ascii_alphanumeric()));
        let ts: i64 = s.header("ctimestamp").unwrap().parse().unwrap();
        assert!(
            (ts - before).abs() < 60_000,
            "ctimestamp is UNIX milliseconds"
        );
        assert_eq!(s.header("cappkey"), Some(DEFAULT_APP_KEY));
    }
    assert_eq!(sigs[0].verdict, "fault: Http(502)");
    assert_eq!(sigs[1].verdict, "ok");
    assert_ne!(
        sigs[0].header("cnonce"),
        sigs[1].header("cnonce"),
        "fresh nonce per attempt"
    );
}

#[tokio::test]
async fn device_update_is_stateful() {
    use hongtu_client::api::device::*;
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let req: AddDevice =
        serde_json::from_str(&common::fixture("device", "device.add.request.json")).unwrap();
    let uuid = client.send(&req).await.unwrap().successes[0]
        .uuid
        .clone()
        .unwrap();
    let upd = UpdateDevice {
        uuid: uuid.clone(),
        name: "新名字".into(),
        location: "二号门".into(),
        ip_address: "10.0.0.9".into(),
        mac: None,
        user_name: None,
        user_password: None,
        port: None,
        rtsp_url: None,
        active_mode: None,
    };
    client.send(&upd).await.unwrap();
    let list: Vec<DeviceSummary> = client
        .stream(ListDevices::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(list[0].name, "新名字");
    assert_eq!(list[0].ip_address, "10.0.0.9");
    let missing = UpdateDevice {
        uuid: "nope".into(),
        ..upd
    };
    assert_eq!(
        client.send(&missing).await.unwrap_err().code(),
        Some(ErrorCode::DEVICE_NOT_FOUND)
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(16))]
    /// Any name (Chinese, emoji, quotes, escapes) is signed over the exact bytes sent
    /// and accepted.
    #[test]
    fn any_body_is_signed_over_its_exact_bytes(name in "\\PC{1,40}") {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let req = PersonList { name: Some(name.clone()), ..PersonList::default() };
            let page = timeout(LIMIT, client.send(&req)).await.unwrap().unwrap();
            assert_eq!(page.total, 0);
        });
    }
}

#[tokio::test]
async fn raw_returns_the_envelope() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let env = client
        .raw(&PersonQuery {
            uuid: "nobody".into(),
        })
        .await
        .unwrap();
    assert_eq!(env.code, 101012);
    assert_eq!(env.msg.as_deref(), Some("该人员不存在"));
    let env = client
        .raw(&hongtu_client::api::maintenance::ApplianceInfoQuery {})
        .await
        .unwrap();
    assert_eq!(env.code, 0);
    assert_eq!(env.data.unwrap()["type"], "MegCube-HAL3004-4S2");
}

#[tokio::test]
async fn pagination_edges() {
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let page10 = || PersonList {
        page_size: Some(10),
        ..PersonList::default()
    };
    // Empty.
    let none: Vec<Person> = client.stream(page10()).try_collect().await.unwrap();
    assert!(none.is_empty());
    assert_eq!(sim.requests_to("/v1/api/person/list").len(), 1);
    // Exact multiple of the page size.
    let people: Vec<PersonInput> = (0..20)
        .map(|i| PersonInput::employee(format!("p{i}")))
        .collect();
    client
        .send(&BatchAddPersons {
            person_list: people,
        })
        .await
        .unwrap();
    let all: Vec<Person> = client.stream(page10()).try_collect().await.unwrap();
    assert_eq!(all.len(), 20);
    // Total shrinking mid-stream: the stream ends cleanly, without repeats.
    let mut stream = client.stream(page10());
    let mut seen = Vec::new();
    for _ in 0..10 {
        seen.push(stream.try_next().await.unwrap().unwrap().uuid);
    }
    let doomed: Vec<String> = seen[..5].to_vec();
    client
        .send(&BatchDeletePersons { uuid_list: doomed })
        .await
        .unwrap();
    while let Some(p) = timeout(LIMIT, stream.try_next()).await.unwrap().unwrap() {
        assert!(!seen.contains(&p.uuid), "repeated {}", p.uuid);
        seen.push(p.uuid);
    }
    assert!(seen.len() <= 20);
}

#[tokio::test]
async fn identify_attendance_and_event_callbacks() {
    use hongtu_client::api::sys_config::{
        QueryOneFacePassConfig, ResetOneFacePassConfig, SaveOneFacePassConfig,
    };
    use hongtu_client::callback::{AttendanceRecord, EventRecord};
    let sim = Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    let (server, mut rx) = webhook::channel(
        "127.0.0.1:0".parse().unwrap(),
        WebhookOptions::new("/hongtu"),
    )
    .await
    .unwrap();
    let pass: PassRecord =
        serde_json::from_str(&common::fixture("callback", "pass.callback.json")).unwrap();
    let att: AttendanceRecord =
        serde_json::from_str(&common::fixture("callback", "attendance.callback.json")).unwrap();
    let event: EventRecord =
        serde_json::from_str(&common::fixture("callback", "event.vehicle.json")).unwrap();
    assert!(
        !sim.emit_identify_record(&pass).await.unwrap(),
        "no URL configured yet"
    );
    client
        .send(&SaveOneFacePassConfig {
            identify_record_callback_url: Some(format!("{}?cb=identify", server.url())),
            attendance_record_callback_url: Some(format!("{}?cb=attendance", server.url())),
            temperature_switch: false,
            mask_alert_switch: true,
            health_kit_switch: false,
        })
        .await
        .unwrap();
    let cfg = client
        .send(&QueryOneFacePassConfig::default())
        .await
        .unwrap();
    assert_eq!(
        cfg.identify_record_callback_url,
        format!("{}?cb=identify", server.url())
    );
    assert!(cfg.mask_alert_switch);
    assert!(sim.emit_identify_record(&pass).await.unwrap());
    match timeout(LIMIT, rx.recv()).await.unwrap().unwrap() {
        Callback::Pass(p) => assert_eq!(*p, pass),
        other => panic!("unexpected {other:?}"),
    }
    assert!(sim.emit_attendance_record(&att).await.unwrap());
    match timeout(LIMIT, rx.recv()).await.unwrap().unwrap() {
        Callback::Attendance(a) => assert_eq!(*a, att),
        other => panic!("unexpected {other:?}"),
    }
    sim.set_event_callback_url(Some(&format!("{}?cb=event", server.url())));
    assert!(sim.emit_event_record(&event).await.unwrap());
    match timeout(LIMIT, rx.recv()).await.unwrap().unwrap() {
        Callback::Event(e) => assert_eq!(*e, event),
        other => panic!("unexpected {other:?}"),
    }
    let reset = client
        .send(&ResetOneFacePassConfig::default())
        .await
        .unwrap();
    assert!(reset.identify_record_callback_url.is_empty());
    assert!(!sim.emit_attendance_record(&att).await.unwrap());
    server.shutdown().await;
}

#[test]
fn every_documented_answer_is_embedded_in_the_simulator() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hongtu");
    let mut by_stem: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for module in std::fs::read_dir(&root).unwrap().flatten() {
        let Ok(files) = std::fs::read_dir(module.path()) else {
            continue;
        };
        for f in files.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".response.json") {
                let text = std::fs::read_to_string(f.path()).unwrap();
                by_stem.entry(stem.to_owned()).or_default().push(text);
            }
        }
    }
    assert!(by_stem.len() > 100, "{} response fixtures", by_stem.len());
    for (stem, copies) in &by_stem {
        let path = format!("/v1/api/{}", stem.replace('.', "/"));
        let served = hongtu_client::simulator::fixture(&path)
            .unwrap_or_else(|| panic!("{stem} is not embedded"));
        assert!(
            copies.iter().any(|c| c == served),
            "{stem}: embedded copy differs"
        );
    }
    assert_eq!(hongtu_client::simulator::fixture("/v1/api/no/such"), None);
}
