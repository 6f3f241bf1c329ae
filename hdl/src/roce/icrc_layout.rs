//! What the ICRC sees of a frame, beat by beat, for logic that feeds it 64-bit words cut from the
//! frame's beats (the parser checks, the builder generates). Both cut the words so that the
//! frame's last word ends where the covered bytes end, starting `shift` bytes into beat 1; the
//! 8-byte 0xFF prefix and the constant bytes before the first word are folded into the CRC
//! register's initial value, looked up by that shift.

use super::crc32;
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

/// ICRC-masked bytes (all ones) by beat, on the little-endian beat.
pub const MASK_BEAT2: u64 = 0x00FF_0000_0000_0000; // byte 22: TTL
pub const MASK_BEAT3: u64 = 0x0000_0000_0000_FFFF; // bytes 24, 25: IPv4 checksum
pub const MASK_BEAT5: u64 = 0x00FF_0000_0000_FFFF; // bytes 40, 41: UDP checksum; 46: BTH byte 4
/// What the ICRC sees of beat 1 in a frame that passes the IPv4 checks: prefix ones over bytes
/// 8..14, 0x45 (version 4, IHL 5), masked TOS.
pub const BEAT1_IMAGE: u64 = 0xFF45_FFFF_FFFF_FFFF;

/// CRC register before the first word when the words start `shift` bytes into beat 1 (0: at
/// beat 2): the prefix and the constant beat-1 bytes before that point, already absorbed.
pub fn initial_register(shift: usize) -> u32 {
    let image = [0xFF_u8; 8].iter().chain(BEAT1_IMAGE.to_le_bytes()[6..].iter()).copied().collect::<Vec<u8>>();
    let start = if shift == 0 { 8 } else { shift };
    crc32::update(0xFFFF_FFFF, &image[..2 + start])
}

/// [`initial_register`] for every shift, as a ROM addressed by the shift.
pub fn initial_register_rom() -> ROM<Bits<32>, 3> {
    let table: BTreeMap<Bits<3>, Bits<32>> =
        (0..8u64).map(|shift| (shift.to_bits(), (initial_register(shift as usize) as u64).to_bits())).collect();
    ROM::new(table)
}
