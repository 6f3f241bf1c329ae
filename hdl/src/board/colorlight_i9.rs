//! The Colorlight i9 (Lattice ECP5 LFE5U-45F, two Broadcom B50612D gigabit PHYs on RGMII, 25 MHz
//! oscillator): the NIC with its host port on PHY 0 (issue 27).
//!
//! [`ColorlightI9Core`] is everything of the board but its clocking: the [`EthernetNic`] behind
//! the RGMII port. With [`IoModel::Behavioural`] it is the `colorlight_i9_core` top that
//! Verilator runs with an RGMII PHY model on its pins; with [`IoModel::Ecp5`] it goes into the
//! bitstream.
//!
//! The register bridge's serial port is the UART of the board's extension board (its USB debug
//! adapter), at [`UART_BAUD`](super::UART_BAUD): `nicctl --device serial:PORT stats` reads the
//! NIC's and the MAC's counters there.

use super::ecp5_io::IoModel;
use super::ecp5_pll::CORE_CLOCK_HZ;
use super::ethernet_nic::{EthernetNic, ETHERNET_NIC_BLOCKS};
use super::UART_BAUD;
use crate::control_plane::ControlPlane;
use crate::mac::rgmii::Rgmii;
use crate::power::config::PowerTimers;
use rust_hdl::prelude::*;

/// The board's control plane: its UART at `UART_BAUD` from the core clock (52 clocks per bit:
/// 0.16 % fast, well inside a UART's tolerance).
pub fn board_control_plane() -> ControlPlane {
    let clocks_per_bit = (CORE_CLOCK_HZ / UART_BAUD as f64).round() as u32;
    ControlPlane::new(&PowerTimers::board_at(CORE_CLOCK_HZ as u64), clocks_per_bit, CORE_CLOCK_HZ as u32, &ETHERNET_NIC_BLOCKS)
}

#[derive(LogicBlock)]
pub struct ColorlightI9Core {
    /// The core's clock, and the 125 MHz transmit clock (both from the board's PLL).
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub tx_clock: Signal<In, Clock>,
    pub tx_reset: Signal<In, Bit>,
    /// Synchronous to `rgmii_rxc`.
    pub rx_reset: Signal<In, Bit>,
    /// PHY 0's RGMII pins.
    pub rgmii_rxc: Signal<In, Clock>,
    pub rgmii_rxd: Signal<In, Bits<4>>,
    pub rgmii_rx_ctl: Signal<In, Bit>,
    pub rgmii_txc: Signal<Out, Bit>,
    pub rgmii_txd: Signal<Out, Bits<4>>,
    pub rgmii_tx_ctl: Signal<Out, Bit>,
    /// The register bridge's serial port.
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    /// Controller A's link is down while this is high (core domain).
    pub pull_link_a: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    pub failovers: Signal<Out, Bits<32>>,
    pub rx_frames: Signal<Out, Bits<32>>,
    pub rx_fcs_errors: Signal<Out, Bits<32>>,
    pub tx_frames: Signal<Out, Bits<32>>,
    port: Rgmii,
    nic: EthernetNic,
}

impl ColorlightI9Core {
    /// `control`: the register bridge at the clock and baud rate of the board (or of a testbench).
    pub fn new(model: IoModel, control: ControlPlane) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            tx_clock: Default::default(),
            tx_reset: Default::default(),
            rx_reset: Default::default(),
            rgmii_rxc: Default::default(),
            rgmii_rxd: Default::default(),
            rgmii_rx_ctl: Default::default(),
            rgmii_txc: Default::default(),
            rgmii_txd: Default::default(),
            rgmii_tx_ctl: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            pull_link_a: Default::default(),
            ready: Default::default(),
            failovers: Default::default(),
            rx_frames: Default::default(),
            rx_fcs_errors: Default::default(),
            tx_frames: Default::default(),
            port: Rgmii::new(model),
            nic: EthernetNic::new(control),
        }
    }
}

impl Logic for ColorlightI9Core {
    #[hdl_gen]
    fn update(&mut self) {
        self.port.tx_clock.next = self.tx_clock.val();
        self.port.rgmii_rxc.next = self.rgmii_rxc.val();
        self.port.rgmii_rxd.next = self.rgmii_rxd.val();
        self.port.rgmii_rx_ctl.next = self.rgmii_rx_ctl.val();
        self.rgmii_txc.next = self.port.rgmii_txc.val();
        self.rgmii_txd.next = self.port.rgmii_txd.val();
        self.rgmii_tx_ctl.next = self.port.rgmii_tx_ctl.val();
        self.nic.clock.next = self.clock.val();
        self.nic.reset.next = self.reset.val();
        self.nic.rx_clock.next = self.rgmii_rxc.val();
        self.nic.rx_reset.next = self.rx_reset.val();
        self.nic.tx_clock.next = self.tx_clock.val();
        self.nic.tx_reset.next = self.tx_reset.val();
        self.nic.gmii_rxd.next = self.port.gmii_rxd.val();
        self.nic.gmii_rx_dv.next = self.port.gmii_rx_dv.val();
        self.nic.gmii_rx_er.next = self.port.gmii_rx_er.val();
        self.port.gmii_txd.next = self.nic.gmii_txd.val();
        self.port.gmii_tx_en.next = self.nic.gmii_tx_en.val();
        self.port.gmii_tx_er.next = self.nic.gmii_tx_er.val();
        self.nic.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.nic.uart_tx.val();
        self.nic.pull_link_a.next = self.pull_link_a.val();
        self.ready.next = self.nic.ready.val();
        self.failovers.next = self.nic.failovers.val();
        self.rx_frames.next = self.nic.rx_frames.val();
        self.rx_fcs_errors.next = self.nic.rx_fcs_errors.val();
        self.tx_frames.next = self.nic.tx_frames.val();
    }
}

/// The Colorlight i9 board top: the PLL, a reset per clock domain, PHY 0's pins, the serial
/// port, the button and the LED. Pins in `constraints/colorlight-i9.lpf`.
#[derive(LogicBlock)]
pub struct ColorlightI9 {
    /// The 25 MHz oscillator.
    pub clk25: Signal<In, Clock>,
    /// PHY 0's RGMII pins, and its reset (low holds the PHYs in reset).
    pub eth_rxc: Signal<In, Clock>,
    pub eth_rxd: Signal<In, Bits<4>>,
    pub eth_rx_ctl: Signal<In, Bit>,
    pub eth_txc: Signal<Out, Bit>,
    pub eth_txd: Signal<Out, Bits<4>>,
    pub eth_tx_ctl: Signal<Out, Bit>,
    pub eth_rst_n: Signal<Out, Bit>,
    /// The serial port to the extension board's USB adapter (`uart_tx` leaves the FPGA).
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    /// The button (low while pressed): controller A's link is down while it is held.
    pub btn_n: Signal<In, Bit>,
    /// The LED (lit low): lit while the NIC serves the line, blinking once it has failed over.
    pub led_n: Signal<Out, Bit>,
    primitives: super::ecp5_io::Ecp5Primitives,
    pll: super::ecp5_pll::Ecp5Pll,
    core_reset: super::power_on_reset::PowerOnReset,
    tx_reset: super::power_on_reset::PowerOnReset,
    rx_reset: super::power_on_reset::PowerOnReset,
    button: BitSynchronizer,
    blink: DFF<Bits<32>>,
    blink_step: Constant<Bits<32>>,
    nic: ColorlightI9Core,
}

impl Default for ColorlightI9 {
    fn default() -> Self {
        Self {
            clk25: Default::default(),
            eth_rxc: Default::default(),
            eth_rxd: Default::default(),
            eth_rx_ctl: Default::default(),
            eth_txc: Default::default(),
            eth_txd: Default::default(),
            eth_tx_ctl: Default::default(),
            eth_rst_n: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            btn_n: Default::default(),
            led_n: Default::default(),
            primitives: Default::default(),
            pll: Default::default(),
            core_reset: Default::default(),
            tx_reset: Default::default(),
            rx_reset: Default::default(),
            button: Default::default(),
            blink: Default::default(),
            blink_step: Constant::new(1u64.to_bits()),
            nic: ColorlightI9Core::new(IoModel::Ecp5, board_control_plane()),
        }
    }
}

impl Logic for ColorlightI9 {
    #[hdl_gen]
    fn update(&mut self) {
        self.pll.clock_in.next = self.clk25.val();
        self.core_reset.clock.next = self.pll.core_clock.val();
        self.core_reset.ready.next = self.pll.locked.val();
        self.tx_reset.clock.next = self.pll.tx_clock.val();
        self.tx_reset.ready.next = self.pll.locked.val();
        self.rx_reset.clock.next = self.eth_rxc.val();
        self.rx_reset.ready.next = self.pll.locked.val();
        self.nic.clock.next = self.pll.core_clock.val();
        self.nic.reset.next = self.core_reset.reset.val();
        self.nic.tx_clock.next = self.pll.tx_clock.val();
        self.nic.tx_reset.next = self.tx_reset.reset.val();
        self.nic.rx_reset.next = self.rx_reset.reset.val();
        self.nic.rgmii_rxc.next = self.eth_rxc.val();
        self.nic.rgmii_rxd.next = self.eth_rxd.val();
        self.nic.rgmii_rx_ctl.next = self.eth_rx_ctl.val();
        self.eth_txc.next = self.nic.rgmii_txc.val();
        self.eth_txd.next = self.nic.rgmii_txd.val();
        self.eth_tx_ctl.next = self.nic.rgmii_tx_ctl.val();
        self.eth_rst_n.next = true;
        self.nic.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.nic.uart_tx.val();
        self.button.clock.next = self.pll.core_clock.val();
        self.button.sig_in.next = !self.btn_n.val();
        self.nic.pull_link_a.next = self.button.sig_out.val();
        self.blink.clock.next = self.pll.core_clock.val();
        self.blink.d.next = self.blink.q.val() + self.blink_step.val();
        self.led_n.next = !self.nic.ready.val();
        // Bit 23 of a free-running counter: ~3 Hz at 52 MHz.
        if self.nic.failovers.val().any() {
            self.led_n.next = !self.nic.ready.val() | self.blink.q.val().get_bit(23);
        }
    }
}
