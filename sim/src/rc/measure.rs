//! What one lost packet costs the requester, in cycles: the same WRITEs over lossless links with
//! and without one packet's first transmission lost. A packet lost mid-stream is recovered by
//! the NAK the next packet draws; the last packet's loss only by the timeout.

use super::nic_sends::{run, Report, Scenario};
use super::requester::{Bench, Traffic};
use crate::stimulus::rng;
use nic_hdl::roce::rc::RequesterEvent;

/// Cycles of one link direction (cable, MAC and PHY at both ends).
pub const LINK_DELAY_CYCLES: u64 = 40;
/// Timer ticks are 8 cycles in these runs.
pub const TIMER_PRESCALE: u16 = 7;

#[derive(Clone, Debug)]
pub struct Recovery {
    pub case: &'static str,
    pub mtu: usize,
    pub packets: usize,
    /// Which packet's first transmission was lost (from 0).
    pub lost_packet: usize,
    pub lossless_cycles: u64,
    pub cycles_with_loss: u64,
    /// Extra cycles to finish the same work.
    pub recovery_cycles: u64,
    /// From the lost packet's first transmission to its second.
    pub loss_to_resend_cycles: u64,
    pub packets_resent: u64,
    pub timeouts: u64,
    pub sequence_naks: u64,
}

fn once(s: &Scenario) -> Result<Report, String> {
    let mut rng = rng(1);
    let mut bench = Bench::new(1, Traffic::smooth(), TIMER_PRESCALE);
    run(&mut bench, s, &mut rng, 10_000_000)
}

/// Two 4 KiB WRITEs at MTU 256 << `mtu_shift`, losing packet `lost` (counted from 0), or the last.
pub fn single_loss(case: &'static str, mtu_shift: u8, lost: Option<usize>) -> Result<Recovery, String> {
    let mut s = Scenario::writes(2, 4096, mtu_shift, LINK_DELAY_CYCLES);
    let base = once(&s)?;
    let packets = base.first_sent.len();
    let lost_packet = lost.unwrap_or(packets - 1);
    s.drop_once = vec![(0, lost_packet)];
    let with_loss = once(&s)?;
    let mut psns: Vec<u32> = with_loss.first_sent.keys().map(|k| k.1).collect();
    psns.sort_by_key(|p| with_loss.first_sent[&(0, *p)]);
    let key = (0, psns[lost_packet]);
    Ok(Recovery {
        case,
        mtu: 256 << mtu_shift,
        packets,
        lost_packet,
        lossless_cycles: base.cycles,
        cycles_with_loss: with_loss.cycles,
        recovery_cycles: with_loss.cycles.saturating_sub(base.cycles),
        loss_to_resend_cycles: with_loss.last_sent[&key] - with_loss.first_sent[&key],
        packets_resent: with_loss.counters[&RequesterEvent::PacketResent],
        timeouts: with_loss.counters[&RequesterEvent::Timeout],
        sequence_naks: with_loss.counters[&RequesterEvent::SequenceNak],
    })
}

/// The cases the README records.
pub fn recovery() -> Result<Vec<Recovery>, String> {
    Ok(vec![
        single_loss("mid-stream, MTU 1024 (NAK)", 2, Some(2))?,
        single_loss("mid-stream, MTU 4096 (NAK)", 4, Some(0))?,
        single_loss("last packet, MTU 1024 (timeout)", 2, None)?,
    ])
}
