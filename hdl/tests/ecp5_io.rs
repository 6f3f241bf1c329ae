//! The RGMII port's ECP5 form goes through yosys `synth_ecp5` and keeps every vendor primitive:
//! the behavioural form Verilator runs is only a stand-in for these.

use nic_hdl::board::ecp5_io::IoModel;
use nic_hdl::emit::emit;
use nic_hdl::mac::rgmii::Rgmii;
use nic_hdl::toolchain::{run_logged, stat_cells, write_designs};

#[test]
fn the_ecp5_rgmii_port_synthesises_with_its_ddr_registers_and_delays() {
    let design = emit("rgmii", &mut Rgmii::new(IoModel::Ecp5)).expect("emits");
    let dir = tempfile::tempdir().unwrap();
    write_designs(std::slice::from_ref(&design), dir.path()).unwrap();
    let log = run_logged("yosys", &["-p", "read_verilog rgmii.v; synth_ecp5 -top rgmii; stat"], dir.path(), "yosys.log")
        .unwrap_or_else(|e| panic!("{e}"));
    let cells = stat_cells(&log);
    let count = |cell: &str| cells.iter().filter(|(c, _)| c == cell).map(|(_, n)| n).sum::<u64>();
    // Transmit: 4 data, control and the forwarded clock; receive: 4 data and control.
    assert_eq!(count("ODDRX1F"), 6, "{cells:?}");
    assert_eq!(count("IDDRX1F"), 5, "{cells:?}");
    // The forwarded clock's delay and the five received pins'.
    assert_eq!(count("DELAYG"), 6, "{cells:?}");
}

#[test]
fn the_colorlight_i9_board_top_passes_lint_with_its_primitives_declared() {
    let design = nic_hdl::tops::colorlight_i9().expect("emits");
    nic_hdl::toolchain::lint(&design).unwrap_or_else(|e| panic!("{e}"));
}
