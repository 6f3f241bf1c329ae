//! Timing gate: the receive parser must close at the board's 100 MHz on iCE40-HX8K (out of
//! context, placement seed 1: the one the FPGA build uses). `nicctl bench parser` reports more seeds.

use nic_hdl::toolchain::place_and_route_ice40_seed;

const BOARD_CLOCK_MHZ: f64 = 100.0;

#[test]
fn rx_parser_meets_the_board_clock() {
    let design = nic_hdl::tops::all()
        .expect("every top emits")
        .into_iter()
        .find(|d| d.module == "rx_parser")
        .expect("rx_parser is a top");
    let report = place_and_route_ice40_seed(&design, BOARD_CLOCK_MHZ, 1).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        report.fmax_mhz >= BOARD_CLOCK_MHZ,
        "rx_parser reaches {:.1} MHz, below the {BOARD_CLOCK_MHZ} MHz board clock ({report:?})",
        report.fmax_mhz
    );
}
