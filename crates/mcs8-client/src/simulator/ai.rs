//! Simulator chapter 2.30–2.31 AI — faces, the face services and licence plates.

use super::*;

/// The paths this chapter answers.
pub(super) const PATHS: &[&str] = &[
    ep::ai::FaceList::PATH,
    ep::ai::FaceAdd::PATH,
    ep::ai::FaceDel::PATH,
    ep::ai::FaceRecognize::PATH,
    ep::ai::DetectFace::PATH,
    ep::ai::FaceQuality::PATH,
    ep::ai::FaceLoginByImg::PATH,
    ep::ai::LicencePlateList::PATH,
    ep::ai::LicencePlateAdd::PATH,
    ep::ai::LicencePlateDel::PATH,
];

impl State {
    /// Answers a request to one of [`PATHS`].
    #[allow(unused_variables)]
    pub(super) fn ai(&mut self, path: &str, req: &Request, q: &Query) -> ResponseTemplate {
        match path {
            ep::ai::FaceList::PATH => {
                let kw = q.str("keywords");
                let with_feature = q.int("withFeature").unwrap_or(0) != 0;
                let with_img = q.int("withImg").unwrap_or(0) != 0;
                let items: Vec<Face> = self
                    .store
                    .faces
                    .iter()
                    .filter(|f| {
                        kw.map_or(true, |k| contains(&f.name, k) || contains(&f.id_card, k))
                    })
                    .map(|f| Face {
                        feature: f.feature.clone().filter(|_| with_feature),
                        img_url: f.img_url.clone().filter(|_| with_img),
                        ..f.clone()
                    })
                    .collect();
                paged(q, "pageSize", 1000, &items)
            }
            ep::ai::FaceAdd::PATH => {
                let f: Face = body_or_return!(req);
                if f.name.as_deref().map_or(true, str::is_empty)
                    || f.id_card.as_deref().map_or(true, str::is_empty)
                    || f.img_url.as_deref().map_or(true, str::is_empty)
                {
                    return fail(303);
                }
                if self.store.faces.iter().any(|x| x.id_card == f.id_card) {
                    return fail(302);
                }
                let id = format!("face{}", self.store.next());
                let feature = feature_of(f.img_url.as_deref().unwrap_or(""));
                self.store.faces.push(Face {
                    id: Some(id),
                    create_time: Some(now_naive()),
                    status: Some(ArmStatus::Armed),
                    feature: Some(feature),
                    ..f
                });
                ack()
            }
            ep::ai::FaceDel::PATH => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.faces, 404, |f| f.id == id)
            }
            ep::ai::FaceRecognize::PATH
            | ep::ai::DetectFace::PATH
            | ep::ai::FaceQuality::PATH
            | ep::ai::FaceLoginByImg::PATH => self.face_service(path, req),
            ep::ai::LicencePlateList::PATH => keyword_page(q, &self.store.plates, |p, k| {
                contains(&p.license_plate, k) || contains(&p.name, k)
            }),
            ep::ai::LicencePlateAdd::PATH => {
                let p: LicencePlate = body_or_return!(req);
                if p.license_plate.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if self
                    .store
                    .plates
                    .iter()
                    .any(|x| x.license_plate == p.license_plate)
                {
                    return fail(302);
                }
                let id = format!("plate{}", self.store.next());
                self.store.plates.push(LicencePlate {
                    id: Some(id),
                    create_time: Some(now_naive()),
                    status: Some(ArmStatus::Armed),
                    ..p
                });
                ack()
            }
            ep::ai::LicencePlateDel::PATH => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.plates, 404, |p| p.id == id)
            }
            _ => not_found(),
        }
    }

    fn face_service(&mut self, path: &str, req: &Request) -> ResponseTemplate {
        #[derive(serde::Deserialize)]
        struct B {
            #[serde(rename = "Image", default)]
            image: String,
            #[serde(rename = "FaceType", default)]
            face_type: Option<i64>,
            #[serde(rename = "DevId", default)]
            dev_id: Option<String>,
        }
        let b: B = body_or_return!(req);
        if b.image.is_empty() || b.face_type != Some(1) {
            return fail(303);
        }
        let feature = feature_of(&b.image);
        let matched = self
            .store
            .faces
            .iter()
            .find(|f| f.feature.as_ref() == Some(&feature))
            .cloned();
        let high = json!({"qualityLevel": "High"});
        match path {
            ep::ai::FaceRecognize::PATH => match matched {
                Some(f) => ok(json!({"Name": f.name, "FaceProbability": 0.97})),
                None => fail_msg(404, "未识别到已登记的人脸"),
            },
            ep::ai::DetectFace::PATH => ok(json!({
                "mcs8FaceRect": {"X": 40, "Y": 32, "Width": 128, "Height": 160},
                "Feature": feature,
            })),
            ep::ai::FaceQuality::PATH => ok(json!({
                "clarity": high, "pose": high, "integrity": high, "resolution": high,
            })),
            _ => {
                let Some(dev) = b.dev_id.filter(|d| !d.is_empty()) else {
                    return fail(304);
                };
                if !self.known_device(&dev) {
                    return fail(304);
                }
                match matched {
                    Some(f) => {
                        let token = format!(
                            "{}{}{}",
                            client_core::uuid_nonce(),
                            client_core::uuid_nonce(),
                            client_core::uuid_nonce()
                        );
                        ok(json!({"token": token, "peopleNo": f.id_card, "ip": "", "port": 0}))
                    }
                    None => fail(331),
                }
            }
        }
    }
}

/// A deterministic 8-value "feature vector" of an image (for the face services).
fn feature_of(image: &str) -> Vec<f64> {
    let digest = auth_signing::mcs8::password_md5(image);
    digest
        .as_bytes()
        .chunks(4)
        .map(|c| {
            let v = c.iter().fold(0u32, |a, b| a * 31 + u32::from(*b));
            f64::from(v % 1000) / 1000.0
        })
        .collect()
}
