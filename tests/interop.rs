//! The interop scenario (docs/interop.md): a stock Linux guest's NVMe-oF RDMA initiator over
//! Soft-RoCE connects through the verilated NIC core, does I/O, and keeps doing verified I/O
//! while controller A's link is pulled. `scripts/interop.sh` runs it with this test's nicctl; the
//! summary it writes is checked here, field by field, so a failure names what went wrong.

use std::path::Path;
use std::process::Command;

#[test]
fn a_linux_host_connects_does_verified_io_and_survives_a_failover() {
    let qemu = Command::new("qemu-system-x86_64").arg("--version").output();
    if !qemu.as_ref().is_ok_and(|o| o.status.success()) {
        eprintln!("SKIPPED: qemu-system-x86_64 cannot run here ({qemu:?}); scripts/setup.sh installs it");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace");
    let out = tempfile::tempdir().expect("a directory");
    let run = Command::new(root.join("scripts/interop.sh"))
        .arg(out.path())
        .env("NICCTL", env!("CARGO_BIN_EXE_nicctl"))
        .output()
        .expect("scripts/interop.sh runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let console = std::fs::read_to_string(out.path().join("console.log")).unwrap_or_default();
    let summary_text = std::fs::read_to_string(out.path().join("summary.json")).unwrap_or_else(|e| panic!("no summary.json ({e}):\n{stdout}\n{stderr}\nconsole:\n{console}"));
    let summary: serde_json::Value = serde_json::from_str(&summary_text).expect("summary.json is JSON");
    let context = format!("{stdout}\n{stderr}\nguest console:\n{console}");
    assert_eq!(summary["passed"], true, "interop failed: {}\n{context}", summary["failures"]);
    assert!(run.status.success(), "{context}");
    // What "passed" rests on, checked again here.
    let verifications = summary["guest"]["verifications"].as_object().expect("verifications");
    assert_eq!(verifications.len(), 8, "{context}");
    assert!(verifications.values().all(|v| v == "ok"), "{verifications:?}");
    assert_eq!(summary["guest"]["io_errors"], "0");
    assert_eq!(summary["guest"]["kernel_errors"], "0");
    assert_eq!(summary["link_pulled_during_io"], true);
    let counters = &summary["nic"]["counters"];
    assert!(counters["connector_failovers"].as_u64() >= Some(1), "{counters}");
    assert!(counters["controller_b_completed"].as_u64() > Some(0), "B served after the pull: {counters}");
    assert_eq!(counters["connector_slots_full"], 0, "no capsule refused after its ACK: {counters}");
    // The 512-byte writes came as in-capsule data.
    let in_capsule = counters["controller_a_in_capsule_writes"].as_u64().unwrap_or(0) + counters["controller_b_in_capsule_writes"].as_u64().unwrap_or(0);
    assert!(in_capsule >= 32, "{counters}");
    assert_eq!(counters["cm_connect_replies"].as_u64(), Some(2), "admin and one I/O queue: {counters}");
    assert!(summary["tshark"]["nvme_commands"].as_u64() > Some(100), "{}", summary["tshark"]);
    assert_eq!(summary["tshark"]["malformed"], 0);
    for key in ["write_4k_qd1", "read_4k_qd1", "write_4k_qd16", "read_4k_qd16"] {
        assert!(summary["bench"][key]["iops"].as_f64() > Some(0.0), "{key}: {}", summary["bench"]);
    }
}
