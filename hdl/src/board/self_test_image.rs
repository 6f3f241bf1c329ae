//! The receive self-test's image: the frames the board feeds its parser and what the parser must
//! make of each. The image is generated from the reference models (the frame generators and the
//! parser model of `nic-sim`), not from the RTL, and committed as text (`hdl/self_test/rx.txt`):
//! the RTL crate cannot depend on the models, and the file is what the bitstream holds. A test in
//! `sim/tests/board.rs` regenerates it and fails when the committed copy is stale.
//!
//! Format: `#` comments; per frame one `frame MAC_ERROR HEX_BYTES` line followed by one
//! `expect VERDICT OPCODE DEST_QP PSN PAYLOAD_LENGTH HAS_PAYLOAD PAYLOAD_XOR` line (hex fields;
//! `PAYLOAD_XOR` is the XOR of the payload stream's 64-bit words, bytes outside `tkeep` as 0).

/// The committed image.
pub const RX_IMAGE: &str = include_str!("../../self_test/rx.txt");

/// What the parser must report for one frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExpectedFrame {
    /// 0 accepted, else the drop cause code (`wire::DropCause`).
    pub verdict: u8,
    pub opcode: u8,
    pub dest_qp: u32,
    pub psn: u32,
    pub payload_length: u16,
    pub has_payload: bool,
    pub payload_xor: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageFrame {
    pub bytes: Vec<u8>,
    /// `tuser` on the frame's last beat.
    pub mac_error: bool,
    pub expected: ExpectedFrame,
}

/// One beat of the stimulus: 64 bits, byte 0 in bits 7:0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StimulusBeat {
    pub data: u64,
    pub keep: u8,
    pub last: bool,
    pub user: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelfTestImage {
    pub frames: Vec<ImageFrame>,
}

fn hex(word: &str, what: &str, line: usize) -> Result<u64, String> {
    u64::from_str_radix(word, 16).map_err(|_| format!("line {line}: {what} `{word}` is not hex"))
}

impl SelfTestImage {
    /// Reads the text form; every malformed line is an error naming the line.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut frames: Vec<ImageFrame> = Vec::new();
        let mut pending: Option<(Vec<u8>, bool)> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let words: Vec<&str> = raw.split('#').next().unwrap_or("").split_whitespace().collect();
            match words.as_slice() {
                [] => {}
                ["frame", mac_error, bytes] => {
                    if pending.is_some() {
                        return Err(format!("line {line}: frame without an expect line before it"));
                    }
                    if bytes.len() % 2 != 0 {
                        return Err(format!("line {line}: odd number of hex digits"));
                    }
                    let data = (0..bytes.len()).step_by(2).map(|k| hex(&bytes[k..k + 2], "byte", line).map(|b| b as u8)).collect::<Result<Vec<u8>, String>>()?;
                    pending = Some((data, hex(mac_error, "mac error flag", line)? != 0));
                }
                ["expect", verdict, opcode, qp, psn, length, has_payload, xor] => {
                    let Some((bytes, mac_error)) = pending.take() else {
                        return Err(format!("line {line}: expect without a frame"));
                    };
                    let expected = ExpectedFrame {
                        verdict: hex(verdict, "verdict", line)? as u8,
                        opcode: hex(opcode, "opcode", line)? as u8,
                        dest_qp: hex(qp, "dest QP", line)? as u32,
                        psn: hex(psn, "PSN", line)? as u32,
                        payload_length: hex(length, "payload length", line)? as u16,
                        has_payload: hex(has_payload, "has payload", line)? != 0,
                        payload_xor: hex(xor, "payload xor", line)?,
                    };
                    frames.push(ImageFrame { bytes, mac_error, expected });
                }
                _ => return Err(format!("line {line}: expected `frame …` or `expect …`, found `{raw}`")),
            }
        }
        if pending.is_some() {
            return Err("the last frame has no expect line".into());
        }
        if frames.iter().any(|f| f.bytes.is_empty()) {
            return Err("a frame has no bytes".into());
        }
        Ok(Self { frames })
    }

    /// The committed image.
    pub fn committed() -> Self {
        Self::parse(RX_IMAGE).unwrap_or_else(|e| panic!("hdl/self_test/rx.txt: {e}"))
    }

    /// Writes the text form (what `parse` reads back).
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        for f in &self.frames {
            let bytes: String = f.bytes.iter().map(|b| format!("{b:02x}")).collect();
            let e = &f.expected;
            out.push_str(&format!("frame {} {bytes}\n", u8::from(f.mac_error)));
            out.push_str(&format!(
                "expect {:x} {:x} {:x} {:x} {:x} {} {:x}\n",
                e.verdict, e.opcode, e.dest_qp, e.psn, e.payload_length, u8::from(e.has_payload), e.payload_xor
            ));
        }
        out
    }

    /// The frames as stream beats, back to back.
    pub fn beats(&self) -> Vec<StimulusBeat> {
        let mut beats = Vec::new();
        for f in &self.frames {
            let chunks: Vec<&[u8]> = f.bytes.chunks(8).collect();
            for (k, chunk) in chunks.iter().enumerate() {
                let data = chunk.iter().enumerate().fold(0u64, |acc, (lane, &b)| acc | (b as u64) << (8 * lane));
                let last = k + 1 == chunks.len();
                beats.push(StimulusBeat { data, keep: ((1u16 << chunk.len()) - 1) as u8, last, user: last && f.mac_error });
            }
        }
        beats
    }

    /// Where the fault-injection switch flips a bit: the beat and lane of the last ICRC byte of
    /// the first accepted frame, so that frame must be dropped for its ICRC. `None` when no
    /// frame is accepted.
    pub fn fault_site(&self) -> Option<(usize, usize)> {
        let mut start = 0;
        for f in &self.frames {
            if f.expected.verdict == 0 {
                let ip_length = u16::from_be_bytes([f.bytes[16], f.bytes[17]]) as usize;
                let last_icrc_byte = crate::roce::wire::ETH_LEN + ip_length - 1;
                return Some((start + last_icrc_byte / 8, last_icrc_byte % 8));
            }
            start += f.bytes.len().div_ceil(8);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_form_reads_back_and_bad_lines_are_named() {
        let image = SelfTestImage {
            frames: vec![ImageFrame {
                bytes: (0..20).collect(),
                mac_error: true,
                expected: ExpectedFrame { verdict: 3, opcode: 4, dest_qp: 0x12, psn: 0xabc, payload_length: 7, has_payload: true, payload_xor: 0xdead_beef },
            }],
        };
        assert_eq!(SelfTestImage::parse(&image.to_text("header")).unwrap(), image);
        let beats = image.beats();
        assert_eq!(beats.len(), 3);
        assert_eq!(beats[0].data, 0x0706_0504_0302_0100);
        assert_eq!((beats[2].keep, beats[2].last, beats[2].user), (0x0F, true, true));
        assert!(SelfTestImage::parse("frame 0 0g").unwrap_err().contains("line 1"));
        assert!(SelfTestImage::parse("expect 0 0 0 0 0 0 0").unwrap_err().contains("without a frame"));
        assert!(SelfTestImage::parse("frame 0 00").unwrap_err().contains("no expect"));
    }

    #[test]
    fn the_committed_image_has_accepted_and_dropped_frames() {
        let image = SelfTestImage::committed();
        assert!(image.frames.iter().any(|f| f.expected.verdict == 0));
        assert!(image.frames.iter().any(|f| f.expected.verdict != 0));
        assert!(image.fault_site().is_some());
    }
}
