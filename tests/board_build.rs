//! The FPGA build gate: `nicctl build --board alchitry-cu` must make a bitstream that fits the
//! HX8K and meets its core clock, and `nicctl build --board ulx3s-85f` one for the ECP5-85F with the
//! whole-path self-test (docs/board.md), and `--board colorlight-i9` one with the NIC on its RGMII
//! port (docs/mac.md). Real yosys, nextpnr-ice40, icepack, nextpnr-ecp5, ecppack.

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

#[test]
fn the_ulx3s_bitstream_holds_the_whole_datapath_and_meets_its_clock() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nicctl"))
        .args(["build", "--board", "ulx3s-85f", "--out", dir.path().to_str().unwrap()])
        .output()
        .expect("nicctl runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the ULX3S build failed:\n{stderr}");
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap()).unwrap();
    assert_eq!((report["fits"].clone(), report["meets_timing"].clone()), (true.into(), true.into()), "{report}");
    let resources = &report["resources"];
    // The NIC core is ~15 000 LUTs on an iCE40: a self-test that lost its datapath to synthesis
    // (an output left unread) would be far smaller.
    let cells = resources["logic_cells"].as_u64().unwrap();
    assert!(cells > 10_000 && cells <= resources["logic_cells_available"].as_u64().unwrap(), "{resources}");
    assert!(resources["block_rams"].as_u64().unwrap() >= 10, "the core's memories are block RAM: {resources}");
    for clock in report["clocks"].as_array().unwrap() {
        assert!(clock["fmax_mhz"].as_f64().unwrap() >= clock["target_mhz"].as_f64().unwrap(), "{clock}");
    }
    let bitstream = dir.path().join(report["bitstream"].as_str().unwrap());
    assert!(std::fs::metadata(&bitstream).unwrap().len() > 100_000, "a compressed ECP5-85F bitstream of this design is hundreds of kB");
    for log in ["yosys.log", "nextpnr.log", "ecppack.log", "ulx3s.v", "ulx3s.lpf"] {
        assert!(dir.path().join(log).exists(), "{log} kept");
    }
}

#[test]
fn the_colorlight_i9_bitstream_puts_the_nic_on_its_rgmii_port_and_meets_every_clock() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nicctl"))
        .args(["build", "--board", "colorlight-i9", "--out", dir.path().to_str().unwrap()])
        .output()
        .expect("nicctl runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the Colorlight i9 build failed:\n{stderr}");
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap()).unwrap();
    assert_eq!((report["fits"].clone(), report["meets_timing"].clone()), (true.into(), true.into()), "{report}");
    let resources = &report["resources"];
    // The NIC core and the MAC: a design that lost its datapath to synthesis would be far smaller.
    let cells = resources["logic_cells"].as_u64().unwrap();
    assert!(cells > 10_000 && cells <= resources["logic_cells_available"].as_u64().unwrap(), "{resources}");
    // Three clock domains, each timed: the core's and the two 125 MHz line clocks.
    let clocks = report["clocks"].as_array().unwrap();
    let line_clocks = clocks.iter().filter(|c| c["target_mhz"].as_f64().is_some_and(|t| (t - 125.0).abs() < 0.5)).count();
    assert!(clocks.len() >= 3 && line_clocks >= 2, "{clocks:?}");
    for clock in clocks {
        assert!(clock["fmax_mhz"].as_f64().unwrap() >= clock["target_mhz"].as_f64().unwrap(), "{clock}");
    }
    let bitstream = dir.path().join(report["bitstream"].as_str().unwrap());
    assert!(std::fs::metadata(&bitstream).unwrap().len() > 100_000, "a compressed ECP5-45F bitstream of this design is hundreds of kB");
    for log in ["yosys.log", "nextpnr.log", "ecppack.log", "colorlight_i9.v", "colorlight-i9.lpf"] {
        assert!(dir.path().join(log).exists(), "{log} kept");
    }
}
