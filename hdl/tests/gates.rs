//! Gates every emitted top must pass: committed Verilog is current, Verilator's lint is clean,
//! yosys synthesises it for iCE40. Each gate also has a test that it can fail.

use nic_hdl::emit::{emit, Design};
use nic_hdl::toolchain::{lint, synth_ice40, write_designs};
use rust_hdl::prelude::*;
use std::path::Path;

fn designs() -> Vec<Design> {
    nic_hdl::tops::all().expect("every top emits")
}

#[test]
fn committed_verilog_is_current() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog");
    let fresh = tempfile::tempdir().unwrap();
    let written = write_designs(&designs(), fresh.path()).unwrap();
    let regenerate = "regenerate with `cargo run -p nicctl -- emit --out hdl/verilog`";
    for file in &written {
        let name = file.file_name().unwrap();
        let old = std::fs::read_to_string(committed.join(name)).unwrap_or_default();
        assert!(old == std::fs::read_to_string(file).unwrap(), "hdl/verilog/{} is stale: {regenerate}", name.to_string_lossy());
    }
    let expected: Vec<_> = written.iter().map(|f| f.file_name().unwrap().to_owned()).collect();
    for entry in std::fs::read_dir(&committed).unwrap() {
        let name = entry.unwrap().file_name();
        assert!(expected.contains(&name), "hdl/verilog/{} is not emitted by any top: remove it", name.to_string_lossy());
    }
}

#[test]
fn manifests_list_every_port_of_the_verilog_module() {
    for d in designs() {
        let header = d.verilog.lines().find(|l| l.starts_with(&format!("module {}(", d.module))).unwrap();
        let names: Vec<&str> = header.split(['(', ')']).nth(1).unwrap().split(',').collect();
        let manifest: Vec<&str> = d.ports.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, manifest, "{}", d.module);
    }
}

#[test]
fn every_top_passes_verilator_lint() {
    for d in designs() {
        lint(&d).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Tops this gate does not synthesise for the iCE40, and why: each is synthesised elsewhere, or
/// a smaller configuration of the same logic is here.
const NOT_SYNTHESISED_HERE: [(&str, &str); 3] = [
    ("nic_core", "1.5 MiB of memories at simulation size; `nic_core_small` is the same logic, synthesised"),
    ("nic_self_test", "the ULX3S design around it is synthesised for the ECP5, placed and routed by tests/board_build.rs"),
    ("ulx3s", "an ECP5 design: tests/board_build.rs synthesises, places and routes it"),
];

#[test]
fn every_top_synthesises_for_ice40() {
    for d in designs().into_iter().filter(|d| !NOT_SYNTHESISED_HERE.iter().any(|(name, _)| *name == d.module)) {
        let stats = synth_ice40(&d).unwrap_or_else(|e| panic!("{e}"));
        assert!(stats.flip_flops > 0 && stats.luts > 0, "{}: {stats:?} (was the design optimised away?)", d.module);
    }
}

/// A block whose output is assigned on only one path: a latch, which lint must refuse.
#[derive(LogicBlock, Default)]
struct LatchedOutput {
    clock: Signal<In, Clock>,
    enable: Signal<In, Bit>,
    out: Signal<Out, Bit>,
    state: DFF<Bit>,
}

impl Logic for LatchedOutput {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state);
        self.state.d.next = !self.state.q.val();
        if self.enable.val() {
            self.out.next = self.state.q.val();
        }
    }
}

#[test]
fn the_lint_gate_rejects_a_real_warning() {
    let d = emit("latched_output", &mut LatchedOutput::default()).unwrap();
    let err = lint(&d).unwrap_err();
    assert!(err.contains("LATCH"), "{err}");
}

#[test]
fn the_synthesis_gate_reports_yosys_errors() {
    let mut d = emit("latched_output", &mut LatchedOutput::default()).unwrap();
    d.verilog = d.verilog.replace("endmodule", "endmodul");
    let err = synth_ice40(&d).unwrap_err();
    assert!(err.contains("synthesis of `latched_output` failed"), "{err}");
}
