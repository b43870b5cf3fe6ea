//! 2.30–2.31 智能识别 — face library, face services and licence-plate library.

use serde::{Deserialize, Serialize};

use super::{check, paged};
use crate::enums::{FaceImageType, LicenseColor, Sex};
use crate::envelope::Listing;
use crate::models::{Face, FaceLogin, FaceResult, LicencePlate};
use client_core::validate;
use client_core::Ack;

// ---------------------------------------------------------------- 2.30 faces

/// 获取人脸列表 — list face records (2.30.1, `GET /api/v1/ai/FaceList`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaceList {
    /// 返回特征码数据 — include feature vectors (sent as 0/1; non-0 returns them) (2.30.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub with_feature: Option<bool>,
    /// 返回图片数据 — include images (sent as 0/1; non-0 returns them) (2.30.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub with_img: Option<bool>,
    /// 搜索关键字 — name or ID card number keyword (2.30.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.30.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页返回数量 — page size, default 1000 (2.30.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl FaceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(FaceList => Listing<Face>, GET "/api/v1/ai/FaceList", read, validate);
paged!(FaceList, Face, 1000);

/// 添加人脸 — add a face record (2.30.2, `POST /api/v1/ai/FaceAdd`). Records cannot be
/// edited (2.30.3): delete and add again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaceAdd {
    /// 姓名 — name (required) (2.30.2).
    pub name: String,
    /// 身份证号码 — ID card number (required; wire name `IdCard`) (2.30.2).
    #[serde(rename = "IdCard", alias = "idCard")]
    pub id_card: String,
    /// 人脸图片 — face image, Base64 (required) (2.30.2).
    pub img_url: String,
    /// 性别 — 0 未设置, 1 男, 2 女 (required) (2.30.2).
    pub sex: Sex,
    /// 年龄 — age (2.30.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// 备注 — remark (2.30.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
}

impl FaceAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        validate::required(path, "name", &r.name)?;
        validate::required(path, "IdCard", &r.id_card)?;
        validate::required(path, "imgUrl", &r.img_url)?;
        if let Some(age) = r.age {
            if !(0..=200).contains(&age) {
                return Err(client_core::Error::invalid(
                    path,
                    format!("age must be 0..=200, got {age}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(FaceAdd => Ack, POST "/api/v1/ai/FaceAdd", write, validate);

/// 删除人脸 — delete a face record (2.30.4, `GET /api/v1/ai/FaceDel?id=…`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FaceDel {
    /// 人脸 Id — face id (typed "Strign", read String) (2.30.4).
    pub id: String,
}

impl FaceDel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(FaceDel => Ack, GET "/api/v1/ai/FaceDel", write, validate);

/// The body of the face compute services: `{Image, FaceType}` (2.30.5–2.30.6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FaceImage {
    /// 人脸图片 — Base64-encoded image (wire name `Image`).
    pub image: String,
    /// 图片类型 — fixed 1: Base64 image (wire name `FaceType`).
    pub face_type: FaceImageType,
}

impl FaceImage {
    /// A Base64-encoded image.
    pub fn base64(image: impl Into<String>) -> Self {
        Self {
            image: image.into(),
            face_type: FaceImageType::Base64,
        }
    }
}

/// 人脸识别（服务）— recognise a face against the library; compute only, nothing
/// stored (2.30.5, `POST /aiapi/faceApi/face_recognize`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceRecognize {
    /// The image (2.30.5).
    #[serde(flatten)]
    pub image: FaceImage,
}

impl FaceRecognize {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "Image", &self.image.image)?;
        Ok(())
    }
}

client_core::endpoint!(FaceRecognize => FaceResult, POST "/aiapi/faceApi/face_recognize", read, validate);

/// 人脸检测/特征码获取 — detect a face and extract its feature vector; compute only
/// (2.30.6, `POST /aiapi/faceApi/DetectFace`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetectFace {
    /// The image (2.30.6).
    #[serde(flatten)]
    pub image: FaceImage,
}

impl DetectFace {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "Image", &self.image.image)?;
        Ok(())
    }
}

client_core::endpoint!(DetectFace => FaceResult, POST "/aiapi/faceApi/DetectFace", read, validate);

/// 人脸质量评估 — assess clarity, pose, integrity and resolution; all `High` means
/// good quality (second 2.30.6, `POST /aiapi/faceApi/getQualityByImg`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceQuality {
    /// The image (2.30.6).
    #[serde(flatten)]
    pub image: FaceImage,
}

impl FaceQuality {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "Image", &self.image.image)?;
        Ok(())
    }
}

client_core::endpoint!(FaceQuality => FaceResult, POST "/aiapi/faceApi/getQualityByImg", read, validate);

/// 人脸登录（刷脸登录）— log a device's user in by face (2.30.7,
/// `POST /aiapi/faceApi/faceLoginByImg`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FaceLoginByImg {
    /// The image (2.30.7).
    #[serde(flatten)]
    pub image: FaceImage,
    /// 设备 Id — device id (required; wire name `DevId`) (2.30.7).
    pub dev_id: String,
}

impl FaceLoginByImg {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "Image", &self.image.image)?;
        validate::required(path, "DevId", &self.dev_id)?;
        Ok(())
    }
}

client_core::endpoint!(FaceLoginByImg => FaceLogin, POST "/aiapi/faceApi/faceLoginByImg", write, validate, sensitive);

// ---------------------------------------------------------------- 2.31 licence plates

/// 获取车牌列表 — list licence plates (2.31, numbered 2.30.1,
/// `GET /api/v1/ai/LicencePlateList`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicencePlateList {
    /// 搜索关键字 — owner or plate number keyword (2.31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页返回数量 — page size, default 1000 (2.31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl LicencePlateList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(LicencePlateList => Listing<LicencePlate>, GET "/api/v1/ai/LicencePlateList", read, validate);
paged!(LicencePlateList, LicencePlate, 1000);

/// 添加车牌 — add a licence plate (2.31, numbered 2.30.2,
/// `POST /api/v1/ai/LicencePlateAdd`). Records cannot be edited: delete and add again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicencePlateAdd {
    /// 车牌号码 — plate number (required) (2.31).
    pub license_plate: String,
    /// 车牌颜色 — plate colour (required) (2.31).
    pub license_color: LicenseColor,
    /// 车主姓名 — owner name (required; the seed types it "Base64", read as text) (2.31).
    pub name: String,
    /// 备注 — remark (2.31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
}

impl LicencePlateAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "licensePlate", &self.license_plate)?;
        validate::required(path, "name", &self.name)?;
        Ok(())
    }
}

client_core::endpoint!(LicencePlateAdd => Ack, POST "/api/v1/ai/LicencePlateAdd", write, validate);

/// 删除车牌 — delete a licence plate (2.31, numbered 2.30.4,
/// `GET /api/v1/ai/LicencePlateDel?id=…`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LicencePlateDel {
    /// 车牌 Id — plate id (typed "Strign", read String) (2.31).
    pub id: String,
}

impl LicencePlateDel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "id", &self.id)?;
        Ok(())
    }
}

client_core::endpoint!(LicencePlateDel => Ack, GET "/api/v1/ai/LicencePlateDel", write, validate);
