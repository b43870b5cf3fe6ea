//! Megvii Hongtu 3000 AIoT box.

#[path = "../support/sample_photo.rs"]
mod sample_photo;

use anfang::hongtu::api::person::{PersonInput, PersonList, PersonQuery};
use anfang::hongtu::simulator::Simulator;
use anfang::hongtu::{ErrorCode, ImageFile};
use anfang::signing::hongtu::{sign, HongtuCredentials, HongtuRequest};
use futures::TryStreamExt;

pub async fn run() -> anyhow::Result<()> {
    println!("== Hongtu 3000 AIoT box ==");
    // 接口鉴权 1.3: the seed's worked example.
    let headers = sign(
        &HongtuRequest {
            uri: "/v1/api/person/list",
            method: "POST",
            query: "",
            body: Some(br#"{"pageNum":1,"pageSize":10}"#),
        },
        &HongtuCredentials {
            app_key: "appkey1",
            secret: "sdfajk3242324fa!djq7",
        },
        1627300328673,
        "1234344",
    );
    anyhow::ensure!(
        headers.csign == "52141def7a1e346ceee2f22c43d5fb97",
        "csign differs from the seed"
    );
    println!(
        "csign of the seed's worked example: {} (matches the seed)",
        headers.csign
    );

    // The same signing, end to end, against the embedded simulator.
    let sim = Simulator::start().await?;
    let client = sim.client()?;
    let created = client
        .create_person_with_photo(
            PersonInput::employee("张三"),
            ImageFile::new("face.png", sample_photo::PHOTO),
        )
        .await?;
    println!(
        "uploaded a photo and created person {}",
        created.uuid.as_deref().unwrap_or("?")
    );
    let persons: Vec<_> = client.stream(PersonList::default()).try_collect().await?;
    for p in &persons {
        println!("  person {} {}", p.uuid, p.name);
    }
    anyhow::ensure!(persons.len() == 1, "expected one person");
    match client
        .send(&PersonQuery {
            uuid: "no-such-person".into(),
        })
        .await
    {
        Err(e) if e.code() == Some(ErrorCode::PERSON_NOT_FOUND) => {
            println!("typed error for an unknown person: {e}")
        }
        other => anyhow::bail!("expected 101012, got {other:?}"),
    }
    let wrong = sim
        .client_builder()
        .credentials("appkey1", "wrong secret")
        .build()?;
    match wrong.send(&PersonList::default()).await {
        Err(e) if e.is_signature_error() => println!("typed error for a wrong secret: {e}"),
        other => anyhow::bail!("expected 100008, got {other:?}"),
    }
    Ok(())
}
