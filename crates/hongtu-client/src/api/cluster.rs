//! 人员聚类 — person clustering (hongtu-aiot-openapi.txt).
