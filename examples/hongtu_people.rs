//! Streams every person (employees, visitors, key persons) and every device of a
//! Megvii Hongtu 3000 box, one line each.
//!
//! ```text
//! # against a box
//! HONGTU_BASE_URL=http://192.168.1.10 HONGTU_APP_KEY=appkey1 HONGTU_SECRET=… \
//!     cargo run --example hongtu_people
//! # without one: the embedded simulator, seeded with a few persons and a device
//! cargo run --example hongtu_people
//! ```

#[path = "support/logging.rs"]
mod logging;

use anfang::hongtu::api::device::{AddDevice, ListDevices};
use anfang::hongtu::api::person::{BatchAddPersons, PersonInput, PersonList};
use anfang::hongtu::client::{ENV_OPTIONAL, ENV_REQUIRED};
use anfang::hongtu::dict::{DeviceMode, DeviceModel, DeviceType, PersonType};
use anfang::hongtu::simulator::Simulator;
use anfang::hongtu::{Client, ImageFile};
use futures::TryStreamExt;

/// A tiny PNG used to give the simulated persons a photo (inline, so the example
/// builds from the published package).
const PHOTO: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x91, 0x68,
    0x36, 0x00, 0x00, 0x00, 0xa1, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x95, 0xce, 0x91, 0x1a, 0x80,
    0x30, 0x00, 0x45, 0xe1, 0x8b, 0x61, 0x38, 0x0c, 0xc3, 0x61, 0x18, 0x86, 0x61, 0x18, 0x86, 0xc3,
    0x61, 0x38, 0x0c, 0xc3, 0x70, 0x38, 0x0c, 0xc3, 0x30, 0x0c, 0xc3, 0x70, 0x18, 0x76, 0x5f, 0xe1,
    0x9e, 0x07, 0xf8, 0xbf, 0x03, 0x00, 0x65, 0x59, 0x56, 0x55, 0x65, 0xad, 0x6d, 0xdb, 0xb6, 0xef,
    0xfb, 0x71, 0x1c, 0x9d, 0x73, 0xf3, 0x3c, 0x2f, 0xcb, 0xb2, 0x6d, 0x5b, 0x4a, 0xe9, 0x38, 0x8e,
    0xeb, 0xba, 0x9e, 0xe7, 0xc9, 0x39, 0xa3, 0x28, 0x0a, 0x63, 0x4c, 0x5d, 0xd7, 0x4d, 0xd3, 0x74,
    0x5d, 0x37, 0x0c, 0xc3, 0x34, 0x4d, 0xde, 0xfb, 0x10, 0xc2, 0xba, 0xae, 0x31, 0xc6, 0x7d, 0xdf,
    0xcf, 0xf3, 0xbc, 0xef, 0xfb, 0x7d, 0xdf, 0xef, 0xfb, 0x44, 0x9e, 0x49, 0x3c, 0x77, 0x20, 0xf1,
    0xdc, 0x81, 0xc4, 0x73, 0x07, 0x12, 0xcf, 0x1d, 0x48, 0x3c, 0x77, 0x20, 0xf1, 0xdc, 0x81, 0xc4,
    0x73, 0x07, 0x12, 0xcf, 0x1d, 0x48, 0x3c, 0x77, 0x20, 0xf1, 0xdc, 0x81, 0xc4, 0x73, 0x07, 0x12,
    0xcf, 0x1d, 0x48, 0x3c, 0x77, 0x7e, 0x7e, 0x49, 0x74, 0x10, 0x40, 0xfe, 0x3e, 0xd1, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    // Keep the simulator alive for the whole run (it stops when dropped).
    // Nothing set: the simulator. Everything set: the box. A partial configuration is
    // an error naming the missing variable.
    let env = anfang::core::env::group(&ENV_REQUIRED, &ENV_OPTIONAL)?;
    let (client, _sim) = if let Some(env) = env {
        let client = Client::builder_from_values(&env)?.build()?;
        println!("talking to {}", client.base_url());
        (client, None)
    } else {
        let sim = Simulator::start().await?;
        let client = sim.client()?;
        println!(
            "HONGTU_BASE_URL/HONGTU_APP_KEY/HONGTU_SECRET not set: using the simulator at {}",
            sim.base_url()
        );
        seed(&client).await?;
        (client, Some(sim))
    };

    let mut persons = 0;
    for person_type in [
        PersonType::Employee,
        PersonType::Visitor,
        PersonType::KeyPerson,
    ] {
        let mut stream = client.stream(PersonList::of_type(person_type));
        while let Some(p) = stream.try_next().await? {
            println!("person {} {} ({person_type:?})", p.uuid, p.name);
            persons += 1;
        }
    }
    let mut devices = 0;
    let mut stream = client.stream(ListDevices::default());
    while let Some(d) = stream.try_next().await? {
        println!(
            "device {} {} ({:?}, {:?}, {})",
            d.uuid, d.name, d.device_type, d.status, d.ip_address
        );
        devices += 1;
    }
    println!("{persons} persons, {devices} devices");
    Ok(())
}

/// Gives the simulator something to list: one person of each type (the employee with
/// a photo, uploaded first) and one camera.
async fn seed(client: &Client) -> anyhow::Result<()> {
    let photo = ImageFile::new("face.png", PHOTO);
    let employee = client
        .create_person_with_photo(PersonInput::employee("张三"), photo)
        .await?;
    let now = chrono::Utc::now();
    let visitor = PersonInput {
        name: Some("李四".into()),
        person_type: Some(PersonType::Visitor),
        visit_start: Some(now),
        visit_end: Some(now + chrono::Duration::hours(4)),
        visited_uuid: employee.uuid.clone(),
        phone: Some("13800000000".into()),
        ..PersonInput::default()
    };
    let key_person = PersonInput {
        name: Some("王五".into()),
        person_type: Some(PersonType::KeyPerson),
        ..PersonInput::default()
    };
    client
        .send(&BatchAddPersons {
            person_list: vec![visitor, key_person],
        })
        .await?;
    client
        .send(&AddDevice {
            name: "大门摄像机".into(),
            location: "一号门".into(),
            device_type: DeviceType::SmartCamera,
            device_model: DeviceModel::MegEyeC3s123,
            device_mode: Some(DeviceMode::FaceRecognition),
            ip_address: Some("192.168.1.64".into()),
            mac: None,
            user_name: "admin".into(),
            user_password: "admin123".into(),
            rtsp_url: None,
            port: Some(3000),
            protocol: None,
            active_mode: None,
            sn_code: None,
            join_protocol: None,
        })
        .await?;
    Ok(())
}
