//! The ECP5 PLL (EHXPLLL) as a thin wrapper: the Colorlight i9's 25 MHz oscillator to the 125 MHz
//! RGMII transmit clock (CLKOP) and the core's clock (CLKOS). The dividers are what Project
//! Trellis's `ecppll -i 25 -o 125 --clkout1 50` computes: VCO 625 MHz (25 × 5 × 5), CLKOP ÷ 5,
//! CLKOS ÷ 12 = 52.083 MHz, the nearest to 50 MHz. The rust-hdl simulation of this block only
//! passes the input through; the board top is not simulated (its core is: `ColorlightI9Core`).

use rust_hdl::prelude::*;

/// The PLL's outputs, from the 25 MHz oscillator.
pub const TX_CLOCK_HZ: u64 = 125_000_000;
pub const PLL_VCO_HZ: u64 = 625_000_000;
pub const CORE_CLOCK_DIVIDER: u64 = 12;
pub const CORE_CLOCK_HZ: f64 = PLL_VCO_HZ as f64 / CORE_CLOCK_DIVIDER as f64;

#[derive(LogicBlock, Default)]
pub struct Ecp5Pll {
    pub clock_in: Signal<In, Clock>,
    pub tx_clock: Signal<Out, Clock>,
    pub core_clock: Signal<Out, Clock>,
    pub locked: Signal<Out, Bit>,
}

impl Logic for Ecp5Pll {
    fn update(&mut self) {
        self.tx_clock.next = self.clock_in.val();
        self.core_clock.next = self.clock_in.val();
        self.locked.next = true;
    }
    fn connect(&mut self) {
        self.tx_clock.connect();
        self.core_clock.connect();
        self.locked.connect();
    }
    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: format!(
                r#"(* FREQUENCY_PIN_CLKI="25" *)
(* FREQUENCY_PIN_CLKOP="125" *)
(* FREQUENCY_PIN_CLKOS="{core_mhz:.4}" *)
EHXPLLL #(
    .CLKI_DIV(1),
    .CLKFB_DIV(5),
    .FEEDBK_PATH("CLKOP"),
    .CLKOP_ENABLE("ENABLED"),
    .CLKOP_DIV(5),
    .CLKOP_CPHASE(2),
    .CLKOP_FPHASE(0),
    .CLKOS_ENABLE("ENABLED"),
    .CLKOS_DIV({divider}),
    .CLKOS_CPHASE(2),
    .CLKOS_FPHASE(0)
) pll (
    .CLKI(clock_in),
    .CLKFB(tx_clock),
    .CLKOP(tx_clock),
    .CLKOS(core_clock),
    .LOCK(locked),
    .RST(1'b0),
    .STDBY(1'b0),
    .PHASESEL0(1'b0),
    .PHASESEL1(1'b0),
    .PHASEDIR(1'b1),
    .PHASESTEP(1'b1),
    .PHASELOADREG(1'b1),
    .PLLWAKESYNC(1'b0),
    .ENCLKOP(1'b0)
);"#,
                core_mhz = CORE_CLOCK_HZ / 1e6,
                divider = CORE_CLOCK_DIVIDER
            ),
            cores: String::new(),
        })
    }
}
