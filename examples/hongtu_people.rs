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
#[path = "support/sample_photo.rs"]
mod sample_photo;

use anfang::hongtu::api::device::{AddDevice, ListDevices};
use anfang::hongtu::api::person::{BatchAddPersons, PersonInput, PersonList};
use anfang::hongtu::client::{ENV_OPTIONAL, ENV_REQUIRED};
use anfang::hongtu::dict::{DeviceMode, DeviceModel, DeviceType, PersonType};
use anfang::hongtu::simulator::Simulator;
use anfang::hongtu::{Client, ImageFile};
use futures::TryStreamExt;

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
    let photo = ImageFile::new("face.png", sample_photo::PHOTO);
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
