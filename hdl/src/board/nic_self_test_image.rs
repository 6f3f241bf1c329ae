//! The whole-path self-test's image: the host's frames the board feeds the NIC core, when each may
//! go, and the frames the NIC must send back. Made by the reference models (`nic_sim::nic_self_test`),
//! committed as text (`hdl/self_test/nic.txt`) because the RTL crate cannot depend on the models;
//! `sim/tests/nic_self_test.rs` regenerates it and fails when the committed copy is stale.
//!
//! Format: `#` comments; `frame GATE PULL HEX_BYTES` — a host frame, released once the NIC has
//! sent `GATE` SEND frames (hex), link A pulled as it is released when `PULL` is 1;
//! `ack HEX_BYTES` and `send HEX_BYTES` — the NIC's ACK frames and SEND frames, each kind in the
//! order it must leave.

/// The committed image.
pub const NIC_IMAGE: &str = include_str!("../../self_test/nic.txt");

/// One host frame of the stimulus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostFrame {
    pub bytes: Vec<u8>,
    /// Released once the NIC has sent this many SEND frames (the host waits for its answers).
    pub gate: u8,
    /// Controller A's link goes down as this frame is released (and stays down for the run).
    pub pull_link_a: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NicSelfTestImage {
    pub frames: Vec<HostFrame>,
    /// The NIC's ACK / NAK frames (opcode Acknowledge), in order.
    pub acks: Vec<Vec<u8>>,
    /// The NIC's other frames (its SENDs of the controllers' completions), in order.
    pub sends: Vec<Vec<u8>>,
}

/// What the checker keeps of an output frame: a signature of its bytes (each beat's kept bytes
/// XORed into the running value rotated left by one bit), its beat count and its last beat's
/// `tkeep`. The RTL checker computes the same from the stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameSignature {
    pub signature: u64,
    pub beats: u8,
    pub last_keep: u8,
}

pub fn frame_signature(bytes: &[u8]) -> FrameSignature {
    let mut signature = 0u64;
    let mut last_keep = 0u8;
    for chunk in bytes.chunks(8) {
        let word = chunk.iter().enumerate().fold(0u64, |acc, (lane, &b)| acc | (b as u64) << (8 * lane));
        signature = signature.rotate_left(1) ^ word;
        last_keep = ((1u16 << chunk.len()) - 1) as u8;
    }
    FrameSignature { signature, beats: bytes.len().div_ceil(8) as u8, last_keep }
}

fn hex_bytes(text: &str, line: usize) -> Result<Vec<u8>, String> {
    if text.len() % 2 != 0 {
        return Err(format!("line {line}: odd number of hex digits"));
    }
    (0..text.len())
        .step_by(2)
        .map(|k| u8::from_str_radix(&text[k..k + 2], 16).map_err(|_| format!("line {line}: `{}` is not a hex byte", &text[k..k + 2])))
        .collect()
}

impl NicSelfTestImage {
    /// Reads the text form; every malformed line is an error naming the line.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut image = Self::default();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let words: Vec<&str> = raw.split('#').next().unwrap_or("").split_whitespace().collect();
            match words.as_slice() {
                [] => {}
                ["frame", gate, pull, bytes] => {
                    let gate = u8::from_str_radix(gate, 16).map_err(|_| format!("line {line}: gate `{gate}` is not a hex byte"))?;
                    let pull_link_a = match *pull {
                        "0" => false,
                        "1" => true,
                        _ => return Err(format!("line {line}: pull flag `{pull}` is not 0 or 1")),
                    };
                    image.frames.push(HostFrame { bytes: hex_bytes(bytes, line)?, gate, pull_link_a });
                }
                ["ack", bytes] => image.acks.push(hex_bytes(bytes, line)?),
                ["send", bytes] => image.sends.push(hex_bytes(bytes, line)?),
                _ => return Err(format!("line {line}: expected `frame …`, `ack …` or `send …`, found `{raw}`")),
            }
        }
        if image.frames.iter().any(|f| f.bytes.is_empty()) || image.acks.iter().chain(&image.sends).any(Vec::is_empty) {
            return Err("a frame has no bytes".into());
        }
        Ok(image)
    }

    /// The committed image.
    pub fn committed() -> Self {
        Self::parse(NIC_IMAGE).unwrap_or_else(|e| panic!("hdl/self_test/nic.txt: {e}"))
    }

    /// Writes the text form (what `parse` reads back).
    pub fn to_text(&self, header: &str) -> String {
        let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        for f in &self.frames {
            out.push_str(&format!("frame {:x} {} {}\n", f.gate, u8::from(f.pull_link_a), hex(&f.bytes)));
        }
        for a in &self.acks {
            out.push_str(&format!("ack {}\n", hex(a)));
        }
        for s in &self.sends {
            out.push_str(&format!("send {}\n", hex(s)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_form_reads_back_and_bad_lines_are_named() {
        let image = NicSelfTestImage {
            frames: vec![HostFrame { bytes: (0..20).collect(), gate: 0x1c, pull_link_a: true }],
            acks: vec![vec![1, 2, 3]],
            sends: vec![vec![4; 9]],
        };
        assert_eq!(NicSelfTestImage::parse(&image.to_text("header")).unwrap(), image);
        assert!(NicSelfTestImage::parse("frame 0 2 00").unwrap_err().contains("line 1"));
        assert!(NicSelfTestImage::parse("ack 0").unwrap_err().contains("odd"));
        assert!(NicSelfTestImage::parse("nak 00").unwrap_err().contains("line 1"));
    }

    #[test]
    fn a_signature_sees_order_length_and_every_byte() {
        let frame: Vec<u8> = (0..70).collect();
        let s = frame_signature(&frame);
        assert_eq!((s.beats, s.last_keep), (9, 0x3F));
        let mut swapped = frame.clone();
        swapped.swap(0, 8);
        assert_ne!(frame_signature(&swapped).signature, s.signature);
        let mut flipped = frame.clone();
        flipped[69] ^= 0x80;
        assert_ne!(frame_signature(&flipped).signature, s.signature);
        assert_ne!(frame_signature(&frame[..69]), s);
    }

    #[test]
    fn the_committed_image_has_answers_of_both_kinds() {
        let image = NicSelfTestImage::committed();
        assert!(!image.frames.is_empty() && !image.acks.is_empty() && !image.sends.is_empty());
        assert!(image.frames.iter().any(|f| f.pull_link_a));
    }
}
