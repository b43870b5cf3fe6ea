//! 人员轨迹 — person tracks (hongtu-aiot-openapi.txt).
