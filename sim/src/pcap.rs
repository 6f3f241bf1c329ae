//! A minimal pcap writer and reader (Ethernet link type): what tshark and scapy read and write.

use std::io::{self, Write};

/// The header's snap length: at least the longest frame, so readers take every record as whole.
fn snap_length<'a>(frames: impl Iterator<Item = &'a Vec<u8>>) -> u32 {
    frames.map(|f| f.len() as u32).max().unwrap_or(0).max(65535)
}

/// Writes `frames` (Ethernet without FCS) as a pcap, one per microsecond.
pub fn write(path: &std::path::Path, frames: &[Vec<u8>]) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    // Magic, version 2.4, GMT offset, accuracy, snap length, link type 1 (Ethernet).
    out.write_all(&0xA1B2_C3D4u32.to_le_bytes())?;
    out.write_all(&2u16.to_le_bytes())?;
    out.write_all(&4u16.to_le_bytes())?;
    out.write_all(&[0; 8])?;
    out.write_all(&snap_length(frames.iter()).to_le_bytes())?;
    out.write_all(&1u32.to_le_bytes())?;
    for (i, frame) in frames.iter().enumerate() {
        let len = frame.len() as u32;
        out.write_all(&((i / 1_000_000) as u32).to_le_bytes())?;
        out.write_all(&((i % 1_000_000) as u32).to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(frame)?;
    }
    out.flush()
}

/// Writes `frames` (nanoseconds since the capture began, Ethernet without FCS) as a pcap with
/// nanosecond timestamps.
pub fn write_timed(path: &std::path::Path, frames: &[(u64, Vec<u8>)]) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    out.write_all(&0xA1B2_3C4Du32.to_le_bytes())?;
    out.write_all(&2u16.to_le_bytes())?;
    out.write_all(&4u16.to_le_bytes())?;
    out.write_all(&[0; 8])?;
    out.write_all(&snap_length(frames.iter().map(|(_, f)| f)).to_le_bytes())?;
    out.write_all(&1u32.to_le_bytes())?;
    for (ns, frame) in frames {
        let len = frame.len() as u32;
        out.write_all(&((ns / 1_000_000_000) as u32).to_le_bytes())?;
        out.write_all(&((ns % 1_000_000_000) as u32).to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(frame)?;
    }
    out.flush()
}

/// Reads a capture of Ethernet frames, classic pcap (microsecond or nanosecond timestamps, either
/// byte order) or pcapng: each frame with its time in nanoseconds since the first. Another link
/// type or a truncated record is refused with the reason.
pub fn read(path: &std::path::Path) -> io::Result<Vec<(u64, Vec<u8>)>> {
    let bytes = std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?;
    let bad = |why: String| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {why}", path.display()));
    let header = bytes.get(..24).ok_or_else(|| bad("shorter than a pcap header".into()))?;
    let magic = u32::from_le_bytes(header[..4].try_into().expect("4 bytes"));
    let (little, nanoseconds) = match magic {
        0xA1B2_C3D4 => (true, false),
        0xA1B2_3C4D => (true, true),
        0xD4C3_B2A1 => (false, false),
        0x4D3C_B2A1 => (false, true),
        0x0A0D_0D0A => return crate::pcapng::read(path, &bytes),
        other => return Err(bad(format!("not a pcap (magic {other:#010x})"))),
    };
    let word = |b: &[u8]| {
        let w: [u8; 4] = b.try_into().expect("4 bytes");
        if little {
            u32::from_le_bytes(w)
        } else {
            u32::from_be_bytes(w)
        }
    };
    let link_type = word(&header[20..24]) & 0x0FFF_FFFF;
    if link_type != 1 {
        return Err(bad(format!("link type {link_type}, not Ethernet (1)")));
    }
    let mut frames = Vec::new();
    let mut at = 24;
    let mut first = None;
    while at < bytes.len() {
        let record = bytes.get(at..at + 16).ok_or_else(|| bad(format!("record header cut short at byte {at}")))?;
        let (seconds, fraction, captured, original) = (word(&record[..4]), word(&record[4..8]), word(&record[8..12]), word(&record[12..16]));
        if captured != original {
            return Err(bad(format!("frame {} was captured cut short ({captured} of {original} bytes)", frames.len() + 1)));
        }
        let data = bytes.get(at + 16..at + 16 + captured as usize).ok_or_else(|| bad(format!("frame {} cut short", frames.len() + 1)))?;
        let ns = seconds as u64 * 1_000_000_000 + if nanoseconds { fraction as u64 } else { fraction as u64 * 1000 };
        let start = *first.get_or_insert(ns);
        frames.push((ns.saturating_sub(start), data.to_vec()));
        at += 16 + captured as usize;
    }
    Ok(frames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back_and_bad_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let frames = vec![(0, vec![1u8; 60]), (1_500, vec![2u8; 74]), (2_000_000_123, vec![3u8; 1098])];
        let timed = dir.path().join("ns.pcap");
        write_timed(&timed, &frames).unwrap();
        assert_eq!(read(&timed).unwrap(), frames);
        let plain = dir.path().join("us.pcap");
        write(&plain, &[vec![4u8; 60], vec![5u8; 60]]).unwrap();
        assert_eq!(read(&plain).unwrap(), vec![(0, vec![4u8; 60]), (1_000, vec![5u8; 60])]);
        // Cut in the middle of the last frame.
        let bytes = std::fs::read(&timed).unwrap();
        let cut = dir.path().join("cut.pcap");
        std::fs::write(&cut, &bytes[..bytes.len() - 10]).unwrap();
        assert!(read(&cut).unwrap_err().to_string().contains("frame 3 cut short"));
        let ng = dir.path().join("ng.pcap");
        std::fs::write(&ng, [0x0A, 0x0D, 0x0D, 0x0A, 0, 0, 0, 0, 0x4D, 0x3C, 0x2B, 0x1A, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).unwrap();
        assert!(read(&ng).unwrap_err().to_string().contains("pcapng"));
    }
}
