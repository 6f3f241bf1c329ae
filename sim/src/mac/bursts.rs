//! What arrives on GMII: frames with their FCS behind a preamble, and each fault the MAC's
//! receiver counts (FCS errors, runts, giants, `rx_er`, framing errors).

use crate::stimulus::TestRng;
use rand::Rng;

/// One burst of `rx_dv`: its bytes with their `rx_er`, and idle cycles before it.
#[derive(Clone, Debug)]
pub struct Burst {
    pub bytes: Vec<(u8, bool)>,
    pub idle_before: u32,
}

/// A frame with its FCS by crc32fast (an independent CRC), behind `preamble_bytes` preamble bytes
/// and the delimiter.
pub fn with_fcs(preamble_bytes: usize, frame: &[u8]) -> Vec<u8> {
    let mut wire = vec![0x55u8; preamble_bytes];
    wire.push(0xD5);
    wire.extend_from_slice(frame);
    wire.extend_from_slice(&crc32fast::hash(frame).to_le_bytes());
    wire
}

/// A frame as [`with_fcs`] puts it on the wire, behind 1–7 preamble bytes, none errored.
pub fn on_the_wire(rng: &mut TestRng, frame: &[u8]) -> Vec<(u8, bool)> {
    with_fcs(rng.gen_range(1..=7), frame).into_iter().map(|b| (b, false)).collect()
}

/// A burst of every kind: good frames of 60–1518 bytes, and one in two a fault.
pub fn random_burst(rng: &mut TestRng) -> Burst {
    let frame_len = match rng.gen_range(0..3) {
        0 => 60,
        1 => rng.gen_range(60..200),
        _ => rng.gen_range(200..=1518),
    };
    let frame: Vec<u8> = (0..frame_len).map(|_| rng.gen()).collect();
    let mut bytes = on_the_wire(rng, &frame);
    match rng.gen_range(0..10) {
        // An FCS error: one bit flipped in the frame or its FCS.
        0 => {
            let at = rng.gen_range(bytes.len() - frame_len - 4..bytes.len());
            bytes[at].0 ^= 1 << rng.gen_range(0..8);
        }
        // A runt: cut short (4 bytes or less after the delimiter come out as nothing).
        1 => {
            let start = bytes.len() - frame_len - 4;
            bytes.truncate(start + rng.gen_range(0..64));
        }
        // A giant: 1519–2100 bytes and the FCS, one byte or more beyond the receiver's largest.
        2 => {
            let extra: Vec<(u8, bool)> = (0..rng.gen_range(1519..=2100) - frame_len).map(|_| (rng.gen(), false)).collect();
            bytes.splice(bytes.len() - 4..bytes.len() - 4, extra);
        }
        // `rx_er` somewhere after the delimiter.
        3 => {
            let at = rng.gen_range(bytes.len() - frame_len - 4..bytes.len());
            bytes[at].1 = true;
        }
        // A framing error: no delimiter, or junk before it.
        4 => {
            if rng.gen_bool(0.5) {
                bytes.truncate(rng.gen_range(1..=7));
            } else {
                bytes[0].0 = rng.gen_range(0x00..=0x54);
            }
        }
        _ => {}
    }
    Burst { bytes, idle_before: if rng.gen_bool(0.3) { 1 } else { rng.gen_range(1..20) } }
}
