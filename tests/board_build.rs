//! The FPGA build gate: `nicctl build --board alchitry-cu` must make a bitstream that fits the
//! HX8K and meets its core clock (docs/board.md). Real yosys, nextpnr-ice40 and icepack.

use std::process::Command;

#[test]
fn the_alchitry_cu_bitstream_fits_and_meets_its_clock() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nicctl"))
        .args(["build", "--board", "alchitry-cu", "--out", dir.path().to_str().unwrap()])
        .output()
        .expect("nicctl runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the board build failed:\n{stderr}");
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap()).unwrap();
    assert_eq!(report["fits"], true, "{report}");
    assert_eq!(report["meets_timing"], true, "{report}");
    let resources = &report["resources"];
    let cells = resources["logic_cells"].as_u64().unwrap();
    assert!(cells > 1000 && cells <= resources["logic_cells_available"].as_u64().unwrap(), "{resources}");
    assert!(resources["block_rams"].as_u64().unwrap() <= 32, "{resources}");
    assert_eq!(resources["plls"], 1, "the core clock comes from the PLL: {resources}");
    for clock in report["clocks"].as_array().unwrap() {
        assert!(clock["fmax_mhz"].as_f64().unwrap() >= clock["target_mhz"].as_f64().unwrap(), "{clock}");
    }
    // The bitstream and every tool's log are kept.
    let bitstream = dir.path().join(report["bitstream"].as_str().unwrap());
    assert!(std::fs::metadata(&bitstream).unwrap().len() > 100_000, "an HX8K bitstream is ~135 kB");
    for log in ["yosys.log", "nextpnr.log", "icepack.log", "alchitry_cu.v", "alchitry-cu.pcf"] {
        assert!(dir.path().join(log).exists(), "{log} kept");
    }

    let unknown = Command::new(env!("CARGO_BIN_EXE_nicctl")).args(["build", "--board", "nexys", "--out", dir.path().to_str().unwrap()]).output().unwrap();
    assert!(!unknown.status.success() && String::from_utf8_lossy(&unknown.stderr).contains("unknown board"), "{unknown:?}");
}
