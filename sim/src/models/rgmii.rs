//! RGMII's reference model (`nic_hdl::mac::rgmii`): a GMII byte time as the two half-cycles of
//! the RGMII clock, and back.

/// The pins in one half of a clock cycle: the data nibble and the control line.
pub type HalfCycle = (u8, bool);

/// A GMII byte time (byte, enable or data valid, error) on RGMII: bits 3:0 and the enable while
/// the clock is high, bits 7:4 and enable xor error while it is low.
pub fn encode(byte: u8, enable: bool, error: bool) -> [HalfCycle; 2] {
    [(byte & 0x0F, enable), (byte >> 4, enable ^ error)]
}

/// The GMII byte time two half-cycles carry.
pub fn decode(halves: [HalfCycle; 2]) -> (u8, bool, bool) {
    let [(low, enable), (high, enable_xor_error)] = halves;
    (low | high << 4, enable, enable ^ enable_xor_error)
}

/// Receive clock cycles from the rising edge that brings a byte's low nibble to the rising edge
/// after which it is on the GMII outputs (the DDR input register, then the GMII register).
pub const RX_LATENCY_CYCLES: usize = 2;
