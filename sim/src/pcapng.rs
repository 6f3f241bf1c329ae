//! Reading pcapng, the format Wireshark and dumpcap write by default: Ethernet frames with their
//! times, through the rusticata `pcap-parser` block parser (every section, interface and byte order).

use pcap_parser::pcapng::{parse_pcapng, Block};
use pcap_parser::traits::PcapNGPacketBlock;
use pcap_parser::Linktype;
use std::io;

/// An interface of the current section: its link type and timestamp unit.
struct Interface {
    ethernet: bool,
    units_per_second: Option<u64>,
    offset_seconds: i64,
}

/// Each Ethernet frame of a pcapng capture with its time in nanoseconds since the first. Another
/// link type, a frame captured cut short or a damaged block is refused with the reason.
pub fn read(path: &std::path::Path, bytes: &[u8]) -> io::Result<Vec<(u64, Vec<u8>)>> {
    let bad = |why: String| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {why}", path.display()));
    let capture = match parse_pcapng(bytes) {
        Ok((rest, capture)) if rest.is_empty() => capture,
        Ok((rest, _)) => return Err(bad(format!("damaged pcapng block at byte {}", bytes.len() - rest.len()))),
        Err(e) => return Err(bad(format!("not a readable pcapng ({e:?})"))),
    };
    let mut frames = Vec::new();
    let mut first = None;
    let mut last_ns = 0u64;
    for section in &capture.sections {
        let mut interfaces = Vec::new();
        for block in &section.blocks {
            let (interface, data, ns) = match block {
                Block::InterfaceDescription(idb) => {
                    interfaces.push(Interface {
                        ethernet: idb.linktype == Linktype::ETHERNET,
                        units_per_second: idb.ts_resolution(),
                        offset_seconds: idb.ts_offset(),
                    });
                    continue;
                }
                Block::EnhancedPacket(epb) => {
                    if epb.truncated() {
                        return Err(bad(format!("frame {} was captured cut short ({} of {} bytes)", frames.len() + 1, epb.caplen, epb.origlen)));
                    }
                    let interface = interfaces.get(epb.if_id as usize).ok_or_else(|| bad(format!("frame {} names interface {} that was never described", frames.len() + 1, epb.if_id)))?;
                    let units = interface.units_per_second.ok_or_else(|| bad("an interface with an impossible timestamp resolution".into()))?;
                    let ticks = (u64::from(epb.ts_high) << 32 | u64::from(epb.ts_low)) as u128;
                    let ns = ticks * 1_000_000_000 / units as u128 + (interface.offset_seconds.max(0) as u128) * 1_000_000_000;
                    (interface, epb.packet_data(), u64::try_from(ns).unwrap_or(u64::MAX))
                }
                // No timestamp of its own: it follows the frame before it.
                Block::SimplePacket(spb) => {
                    let interface = interfaces.first().ok_or_else(|| bad("a simple packet block before any interface".into()))?;
                    if spb.truncated() {
                        return Err(bad(format!("frame {} was captured cut short", frames.len() + 1)));
                    }
                    (interface, spb.packet_data(), last_ns)
                }
                _ => continue,
            };
            if !interface.ethernet {
                return Err(bad(format!("frame {} is not Ethernet (link type of its interface)", frames.len() + 1)));
            }
            last_ns = ns;
            let start = *first.get_or_insert(ns);
            frames.push((ns.saturating_sub(start), data.to_vec()));
        }
    }
    Ok(frames)
}
