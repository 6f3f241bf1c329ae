//! RGMII at the pins (issue 27): GMII's 8 bits at 125 MHz become 4 bits on both clock edges.
//!
//! Transmit: on the rising edge of TXC `rgmii_txd` carries bits 3:0 and `rgmii_tx_ctl` TX_EN; on
//! the falling edge bits 7:4 and TX_EN xor TX_ER. Receive: the same on RXC, the control being
//! RX_DV and RX_DV xor RX_ER. RGMII 2.0 wants the clock 1.5–2 ns after the data at the receiver;
//! here the FPGA makes that skew both ways (as LiteEth's ECP5 PHY does): TXC leaves through a
//! 2 ns delay, and the received data goes through one before it is sampled. A PHY strapped to
//! add its own delays would need both set to zero.
//!
//! The double-data-rate registers and delays are `board::ecp5_io` wrappers: vendor primitives in
//! the bitstream, behavioural models in Verilator. The GMII receive outputs are registered in
//! `rgmii_rxc`'s domain; the MAC's receive clock is `rgmii_rxc` itself.

use crate::board::ecp5_io::{DdrInput, DdrOutput, IoModel, PinDelay};
use rust_hdl::prelude::*;

/// The RGMII clock-to-data skew, in DELAYG taps of ~25 ps: 2 ns.
pub const RGMII_SKEW_TAPS: u8 = 80;

#[derive(LogicBlock)]
pub struct Rgmii {
    /// The 125 MHz transmit clock and the GMII byte to send in it.
    pub tx_clock: Signal<In, Clock>,
    pub gmii_txd: Signal<In, Bits<8>>,
    pub gmii_tx_en: Signal<In, Bit>,
    pub gmii_tx_er: Signal<In, Bit>,
    pub rgmii_txc: Signal<Out, Bit>,
    pub rgmii_txd: Signal<Out, Bits<4>>,
    pub rgmii_tx_ctl: Signal<Out, Bit>,
    /// The PHY's receive clock and pins, and the GMII byte received (in `rgmii_rxc`'s domain).
    pub rgmii_rxc: Signal<In, Clock>,
    pub rgmii_rxd: Signal<In, Bits<4>>,
    pub rgmii_rx_ctl: Signal<In, Bit>,
    pub gmii_rxd: Signal<Out, Bits<8>>,
    pub gmii_rx_dv: Signal<Out, Bit>,
    pub gmii_rx_er: Signal<Out, Bit>,
    /// Bits 3:0 data, 4 control, 5 the forwarded clock.
    tx_ddr: DdrOutput<6>,
    tx_clock_delay: PinDelay<1>,
    /// Bits 3:0 data, 4 control.
    rx_delay: PinDelay<5>,
    rx_ddr: DdrInput<5>,
    rxd: DFF<Bits<8>>,
    rx_dv: DFF<Bit>,
    rx_er: DFF<Bit>,
    tx_rise: Signal<Local, Bits<6>>,
    tx_fall: Signal<Local, Bits<6>>,
    rx_pins: Signal<Local, Bits<5>>,
    control_lane: Constant<Bits<6>>,
    clock_lane: Constant<Bits<6>>,
    rx_control_lane: Constant<Bits<5>>,
}

impl Rgmii {
    pub fn new(model: IoModel) -> Self {
        Self {
            tx_clock: Default::default(),
            gmii_txd: Default::default(),
            gmii_tx_en: Default::default(),
            gmii_tx_er: Default::default(),
            rgmii_txc: Default::default(),
            rgmii_txd: Default::default(),
            rgmii_tx_ctl: Default::default(),
            rgmii_rxc: Default::default(),
            rgmii_rxd: Default::default(),
            rgmii_rx_ctl: Default::default(),
            gmii_rxd: Default::default(),
            gmii_rx_dv: Default::default(),
            gmii_rx_er: Default::default(),
            tx_ddr: DdrOutput::new(model),
            tx_clock_delay: PinDelay::new(model, RGMII_SKEW_TAPS),
            rx_delay: PinDelay::new(model, RGMII_SKEW_TAPS),
            rx_ddr: DdrInput::new(model),
            rxd: Default::default(),
            rx_dv: Default::default(),
            rx_er: Default::default(),
            tx_rise: Default::default(),
            tx_fall: Default::default(),
            rx_pins: Default::default(),
            control_lane: Constant::new(0x10u64.to_bits()),
            clock_lane: Constant::new(0x20u64.to_bits()),
            rx_control_lane: Constant::new(0x10u64.to_bits()),
        }
    }
}

impl Default for Rgmii {
    fn default() -> Self {
        Self::new(IoModel::Behavioural)
    }
}

impl Logic for Rgmii {
    #[hdl_gen]
    fn update(&mut self) {
        // Transmit: rising half bits 3:0, TX_EN and the clock high; falling half bits 7:4,
        // TX_EN xor TX_ER and the clock low.
        self.tx_rise.next = bit_cast::<6, 4>(self.gmii_txd.val().get_bits::<4>(0)) | self.clock_lane.val();
        self.tx_fall.next = bit_cast::<6, 4>(self.gmii_txd.val().get_bits::<4>(4));
        if self.gmii_tx_en.val() {
            self.tx_rise.next = self.tx_rise.val() | self.control_lane.val();
        }
        if self.gmii_tx_en.val() ^ self.gmii_tx_er.val() {
            self.tx_fall.next = self.tx_fall.val() | self.control_lane.val();
        }
        self.tx_ddr.clock.next = self.tx_clock.val();
        self.tx_ddr.d_rise.next = self.tx_rise.val();
        self.tx_ddr.d_fall.next = self.tx_fall.val();
        self.rgmii_txd.next = self.tx_ddr.q.val().get_bits::<4>(0);
        self.rgmii_tx_ctl.next = self.tx_ddr.q.val().get_bit(4);
        self.tx_clock_delay.a.next = self.tx_ddr.q.val().get_bits::<1>(5);
        self.rgmii_txc.next = self.tx_clock_delay.z.val().any();

        // Receive: the delayed pins sampled on both edges, paired into a byte.
        dff_setup!(self, rgmii_rxc, rxd, rx_dv, rx_er);
        self.rx_pins.next = bit_cast::<5, 4>(self.rgmii_rxd.val());
        if self.rgmii_rx_ctl.val() {
            self.rx_pins.next = self.rx_pins.val() | self.rx_control_lane.val();
        }
        self.rx_delay.a.next = self.rx_pins.val();
        self.rx_ddr.clock.next = self.rgmii_rxc.val();
        self.rx_ddr.d.next = self.rx_delay.z.val();
        self.rxd.d.next = bit_cast::<8, 4>(self.rx_ddr.q_rise.val().get_bits::<4>(0))
            | (bit_cast::<8, 4>(self.rx_ddr.q_fall.val().get_bits::<4>(0)) << 4);
        self.rx_dv.d.next = self.rx_ddr.q_rise.val().get_bit(4);
        self.rx_er.d.next = self.rx_ddr.q_rise.val().get_bit(4) ^ self.rx_ddr.q_fall.val().get_bit(4);
        self.gmii_rxd.next = self.rxd.q.val();
        self.gmii_rx_dv.next = self.rx_dv.q.val();
        self.gmii_rx_er.next = self.rx_er.q.val();
    }
}
