// rx_parser: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module rx_parser(clock,reset,cfg_pkey,cfg_path_mtu,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tuser,s_axis_tvalid,s_axis_tready,m_axis_payload_tdata,m_axis_payload_tkeep,m_axis_payload_tlast,m_axis_payload_tuser,m_axis_payload_tvalid,m_axis_payload_tready,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_ip_dscp,desc_ip_ecn,desc_udp_src_port,desc_udp_dst_port,desc_opcode,desc_solicited,desc_mig_req,desc_pad_count,desc_tver,desc_pkey,desc_fecn,desc_becn,desc_dest_qp,desc_ack_req,desc_psn,desc_has_reth,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_has_aeth,desc_aeth_syndrome,desc_aeth_msn,desc_has_immdt,desc_immdt,desc_has_ieth,desc_ieth_rkey,desc_has_deth,desc_deth_qkey,desc_deth_src_qp,desc_payload_length,desc_has_payload,verdict_valid,verdict_ready,verdict_cause,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tuser;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [63:0] m_axis_payload_tdata;
    output reg  [7:0] m_axis_payload_tkeep;
    output reg  m_axis_payload_tlast;
    output reg  m_axis_payload_tuser;
    output reg  m_axis_payload_tvalid;
    input wire  m_axis_payload_tready;
    output reg  desc_valid;
    input wire  desc_ready;
    output reg  [47:0] desc_dst_mac;
    output reg  [47:0] desc_src_mac;
    output reg  [31:0] desc_src_ip;
    output reg  [31:0] desc_dst_ip;
    output reg  [5:0] desc_ip_dscp;
    output reg  [1:0] desc_ip_ecn;
    output reg  [15:0] desc_udp_src_port;
    output reg  [15:0] desc_udp_dst_port;
    output reg  [7:0] desc_opcode;
    output reg  desc_solicited;
    output reg  desc_mig_req;
    output reg  [1:0] desc_pad_count;
    output reg  [3:0] desc_tver;
    output reg  [15:0] desc_pkey;
    output reg  desc_fecn;
    output reg  desc_becn;
    output reg  [23:0] desc_dest_qp;
    output reg  desc_ack_req;
    output reg  [23:0] desc_psn;
    output reg  desc_has_reth;
    output reg  [63:0] desc_reth_va;
    output reg  [31:0] desc_reth_rkey;
    output reg  [31:0] desc_reth_dma_length;
    output reg  desc_has_aeth;
    output reg  [7:0] desc_aeth_syndrome;
    output reg  [23:0] desc_aeth_msn;
    output reg  desc_has_immdt;
    output reg  [31:0] desc_immdt;
    output reg  desc_has_ieth;
    output reg  [31:0] desc_ieth_rkey;
    output reg  desc_has_deth;
    output reg  [31:0] desc_deth_qkey;
    output reg  [23:0] desc_deth_src_qp;
    output reg  [15:0] desc_payload_length;
    output reg  desc_has_payload;
    output reg  verdict_valid;
    input wire  verdict_ready;
    output reg  [4:0] verdict_cause;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  no_flags = 18'b0;
    localparam  no_header = 465'h0;
    localparam  first_phase = 11'b1;
    localparam  beyond_phase = 11'b10000000000;
    localparam  all_lanes = 4'h8;
    localparam  no_lanes = 4'h0;
    localparam  one_lane = 4'h1;
    localparam  lane_two = 4'h2;
    localparam  six_bytes = 3'b110;
    localparam  ip_version = 4'h4;
    localparam  ihl_plain = 4'h5;
    localparam  no_tver = 4'h0;
    localparam  word_bits = 7'b1000000;
    localparam  no_room = 17'b0;
    localparam  no_length = 16'h0;
    localparam  all_words = 17'b1111111111111111;
    localparam  no_word = 17'b0;
    localparam  no_pad = 2'b0;
    localparam  no_shift = 3'b0;
    localparam  zero_8 = 8'h0;
    localparam  no_small = 5'b0;
    localparam  eight_small = 5'b1000;
    localparam  sixteen_small = 5'b10000;
    localparam  sixteen_room = 17'b10000;
    localparam  eight_bytes = 16'h8;
    localparam  twenty_three = 16'h17;
    localparam  zero_24 = 24'h0;
    localparam  zero_32 = 32'h0;
    localparam  zero_64 = 64'h0;
    localparam  no_beats = 10'b0;
    localparam  one_beat = 10'b1;
    localparam  beat_six = 10'b110;
    localparam  eth_header_minus_one = 17'b1101;
    localparam  ethertype_ipv4 = 16'h800;
    localparam  ethertype_ipv6 = 16'h86dd;
    localparam  ethertype_vlan = 16'h8100;
    localparam  ethertype_qinq = 16'h88a8;
    localparam  udp_protocol = 8'h11;
    localparam  rocev2_port = 16'h12b7;
    localparam  fragment_bits = 16'h3fff;
    localparam  pkey_bits = 16'h7fff;
    localparam  checksum_ok = 17'b1111111111111111;
    localparam  ip_header_bytes = 16'h14;
    localparam  min_frame_last_byte = 17'b111011;
    localparam  min_frame_beat = 10'b111;
    localparam  min_frame_lanes = 4'h4;
    localparam  beat_max = 10'b1111111111;
    localparam  icrc_mask_beat2 = 64'hff000000000000;
    localparam  icrc_mask_beat3 = 64'hffff;
    localparam  icrc_mask_beat5 = 64'hff00000000ffff;
    localparam  icrc_beat1_image = 64'hff45ffffffffffff;
    localparam  rule_empty = 2'b0;
    localparam  rule_exactly_mtu = 2'b1;
    localparam  rule_one_to_mtu = 2'b10;
    localparam  cause_accepted = 5'b0;
    localparam  cause_mac_error = 5'b1;
    localparam  cause_vlan_tagged = 5'b10;
    localparam  cause_ipv6 = 5'b11;
    localparam  cause_ether_type = 5'b100;
    localparam  cause_ip_header = 5'b101;
    localparam  cause_ip_options = 5'b110;
    localparam  cause_ip_fragment = 5'b111;
    localparam  cause_not_udp = 5'b1000;
    localparam  cause_ip_checksum = 5'b1001;
    localparam  cause_udp_port = 5'b1010;
    localparam  cause_bth_version = 5'b1011;
    localparam  cause_opcode = 5'b1100;
    localparam  cause_pkey = 5'b1101;
    localparam  cause_truncated = 5'b1110;
    localparam  cause_length = 5'b1111;
    localparam  cause_too_long = 5'b10000;
    localparam  cause_payload_length = 5'b10001;
    localparam  cause_icrc = 5'b10010;
    
    // Stub signals
    reg  input_slice$clock;
    reg  input_slice$reset;
    reg  [94:0] input_slice$in_data;
    reg  input_slice$in_valid;
    wire  input_slice$in_ready;
    wire  [94:0] input_slice$out_data;
    wire  input_slice$out_valid;
    reg  input_slice$out_ready;
    reg  payload_slice$clock;
    reg  payload_slice$reset;
    reg  [73:0] payload_slice$in_data;
    reg  payload_slice$in_valid;
    wire  payload_slice$in_ready;
    wire  [73:0] payload_slice$out_data;
    wire  payload_slice$out_valid;
    reg  payload_slice$out_ready;
    reg  [7:0] keep_bytes$data_in;
    wire  [63:0] keep_bytes$data_out;
    reg  [63:0] byte_swap$data_in;
    wire  [63:0] byte_swap$data_out;
    reg  [7:0] opcodes$address;
    wire  [22:0] opcodes$data;
    reg  [2:0] icrc_inits$address;
    wire  [31:0] icrc_inits$data;
    reg  [7:0] keep_lanes$address;
    wire  [3:0] keep_lanes$data;
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$word;
    reg  icrc$word_valid;
    reg  icrc$word_first;
    reg  icrc$word_last;
    reg  [31:0] icrc$init;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    wire  [31:0] icrc$result_crc;
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [15:0] pkey$d;
    wire  [15:0] pkey$q;
    reg  pkey$clock;
    reg  [12:0] path_mtu$d;
    wire  [12:0] path_mtu$q;
    reg  path_mtu$clock;
    reg  [9:0] beat$d;
    wire  [9:0] beat$q;
    reg  beat$clock;
    reg  [10:0] phase$d;
    wire  [10:0] phase$q;
    reg  phase$clock;
    reg  bth_seen$d;
    wire  bth_seen$q;
    reg  bth_seen$clock;
    reg  header_end_next$d;
    wire  header_end_next$q;
    reg  header_end_next$clock;
    reg  checksum_first$d;
    wire  checksum_first$q;
    reg  checksum_first$clock;
    reg  [464:0] header$d;
    wire  [464:0] header$q;
    reg  header$clock;
    reg  [17:0] flags$d;
    wire  [17:0] flags$q;
    reg  flags$clock;
    reg  header_done$d;
    wire  header_done$q;
    reg  header_done$clock;
    reg  [15:0] ip_length$d;
    wire  [15:0] ip_length$q;
    reg  ip_length$clock;
    reg  udp_length_ok$d;
    wire  udp_length_ok$q;
    reg  udp_length_ok$clock;
    reg  [16:0] payload_room$d;
    wire  [16:0] payload_room$q;
    reg  payload_room$clock;
    reg  [1:0] rule$d;
    wire  [1:0] rule$q;
    reg  rule$clock;
    reg  [1:0] pad_count$d;
    wire  [1:0] pad_count$q;
    reg  pad_count$clock;
    reg  [9:0] header_end_beat$d;
    wire  [9:0] header_end_beat$q;
    reg  header_end_beat$clock;
    reg  [3:0] payload_lane$d;
    wire  [3:0] payload_lane$q;
    reg  payload_lane$clock;
    reg  payload_at_lane_two$d;
    wire  payload_at_lane_two$q;
    reg  payload_at_lane_two$clock;
    reg  [9:0] end_beat$d;
    wire  [9:0] end_beat$q;
    reg  end_beat$clock;
    reg  [3:0] end_lanes$d;
    wire  [3:0] end_lanes$q;
    reg  end_lanes$clock;
    reg  end_below_minimum$d;
    wire  end_below_minimum$q;
    reg  end_below_minimum$clock;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  [16:0] checksum_pair_a$d;
    wire  [16:0] checksum_pair_a$q;
    reg  checksum_pair_a$clock;
    reg  [16:0] checksum_pair_b$d;
    wire  [16:0] checksum_pair_b$q;
    reg  checksum_pair_b$clock;
    reg  checksum_beat_valid$d;
    wire  checksum_beat_valid$q;
    reg  checksum_beat_valid$clock;
    reg  [18:0] checksum_total_a$d;
    wire  [18:0] checksum_total_a$q;
    reg  checksum_total_a$clock;
    reg  [18:0] checksum_total_b$d;
    wire  [18:0] checksum_total_b$q;
    reg  checksum_total_b$clock;
    reg  checksum_combine$d;
    wire  checksum_combine$q;
    reg  checksum_combine$clock;
    reg  [19:0] checksum_total$d;
    wire  [19:0] checksum_total$q;
    reg  checksum_total$clock;
    reg  checksum_last$d;
    wire  checksum_last$q;
    reg  checksum_last$clock;
    reg  checksum_check$d;
    wire  checksum_check$q;
    reg  checksum_check$clock;
    reg  checksum_bad$d;
    wire  checksum_bad$q;
    reg  checksum_bad$clock;
    reg  [2:0] icrc_shift$d;
    wire  [2:0] icrc_shift$q;
    reg  icrc_shift$clock;
    reg  [63:0] crc_previous$d;
    wire  [63:0] crc_previous$q;
    reg  crc_previous$clock;
    reg  [63:0] crc_current$d;
    wire  [63:0] crc_current$q;
    reg  crc_current$clock;
    reg  crc_word_valid$d;
    wire  crc_word_valid$q;
    reg  crc_word_valid$clock;
    reg  crc_word_first$d;
    wire  crc_word_first$q;
    reg  crc_word_first$clock;
    reg  crc_word_last$d;
    wire  crc_word_last$q;
    reg  crc_word_last$clock;
    reg  payload_open$d;
    wire  payload_open$q;
    reg  payload_open$clock;
    reg  payload_ok$d;
    wire  payload_ok$q;
    reg  payload_ok$clock;
    reg  last_beat_busy$d;
    wire  last_beat_busy$q;
    reg  last_beat_busy$clock;
    reg  descriptor_busy$d;
    wire  descriptor_busy$q;
    reg  descriptor_busy$clock;
    reg  [15:0] payload_remaining$d;
    wire  [15:0] payload_remaining$q;
    reg  payload_remaining$clock;
    reg  [7:0] middle_keep$d;
    wire  [7:0] middle_keep$q;
    reg  middle_keep$clock;
    reg  middle_last$d;
    wire  middle_last$q;
    reg  middle_last$clock;
    reg  [4:0] keep_of_room$address;
    wire  [7:0] keep_of_room$data;
    reg  [4:0] keep_after_beat$address;
    wire  [7:0] keep_after_beat$data;
    reg  [4:0] remaining_small$d;
    wire  [4:0] remaining_small$q;
    reg  remaining_small$clock;
    reg  drain_prepare$d;
    wire  drain_prepare$q;
    reg  drain_prepare$clock;
    reg  drain_word_pending$d;
    wire  drain_word_pending$q;
    reg  drain_word_pending$clock;
    reg  drain_tail_pending$d;
    wire  drain_tail_pending$q;
    reg  drain_tail_pending$clock;
    reg  [63:0] drain_word$d;
    wire  [63:0] drain_word$q;
    reg  drain_word$clock;
    reg  [63:0] drain_tail$d;
    wire  [63:0] drain_tail$q;
    reg  drain_tail$clock;
    reg  [3:0] drain_taken$d;
    wire  [3:0] drain_taken$q;
    reg  drain_taken$clock;
    reg  [3:0] drain_tail_lanes$d;
    wire  [3:0] drain_tail_lanes$q;
    reg  drain_tail_lanes$clock;
    reg  drain_word_last$d;
    wire  drain_word_last$q;
    reg  drain_word_last$clock;
    reg  drain_word_short$d;
    wire  drain_word_short$q;
    reg  drain_word_short$clock;
    reg  [7:0] drain_tail_keep$d;
    wire  [7:0] drain_tail_keep$q;
    reg  drain_tail_keep$clock;
    reg  drain_tail_short$d;
    wire  drain_tail_short$q;
    reg  drain_tail_short$clock;
    reg  [4:0] thermometer$address;
    wire  [7:0] thermometer$data;
    reg  descriptor_load$d;
    wire  descriptor_load$q;
    reg  descriptor_load$clock;
    reg  [464:0] descriptor$d;
    wire  [464:0] descriptor$q;
    reg  descriptor$clock;
    reg  descriptor_valid$d;
    wire  descriptor_valid$q;
    reg  descriptor_valid$clock;
    reg  [15:0] staged_payload_length$d;
    wire  [15:0] staged_payload_length$q;
    reg  staged_payload_length$clock;
    reg  staged_has_payload$d;
    wire  staged_has_payload$q;
    reg  staged_has_payload$clock;
    reg  [17:0] end_flags$0$d;
    wire  [17:0] end_flags$0$q;
    reg  end_flags$0$clock;
    reg  [17:0] end_flags$1$d;
    wire  [17:0] end_flags$1$q;
    reg  end_flags$1$clock;
    reg  [17:0] end_flags$2$d;
    wire  [17:0] end_flags$2$q;
    reg  end_flags$2$clock;
    reg  [17:0] end_flags$3$d;
    wire  [17:0] end_flags$3$q;
    reg  end_flags$3$clock;
    reg  [17:0] end_flags$4$d;
    wire  [17:0] end_flags$4$q;
    reg  end_flags$4$clock;
    reg  end_valid$0$d;
    wire  end_valid$0$q;
    reg  end_valid$0$clock;
    reg  end_valid$1$d;
    wire  end_valid$1$q;
    reg  end_valid$1$clock;
    reg  end_valid$2$d;
    wire  end_valid$2$q;
    reg  end_valid$2$clock;
    reg  end_valid$3$d;
    wire  end_valid$3$q;
    reg  end_valid$3$clock;
    reg  end_valid$4$d;
    wire  end_valid$4$q;
    reg  end_valid$4$clock;
    reg  [4:0] verdict$d;
    wire  [4:0] verdict$q;
    reg  verdict$clock;
    reg  verdict_pending$d;
    wire  verdict_pending$q;
    reg  verdict_pending$clock;
    reg  verdict_counted$d;
    wire  verdict_counted$q;
    reg  verdict_counted$clock;
    
    // Local signals
    reg  [63:0] data_in;
    reg  accept;
    reg  tlast;
    reg  [63:0] data_le;
    reg  [63:0] data_be;
    reg  [3:0] lanes;
    reg  beat_complete;
    reg  [17:0] next_flags;
    reg  [15:0] ethertype;
    reg  structural_error;
    reg  length_check_failed;
    reg  payload_flows;
    reg  length_error;
    reg  too_long_error;
    reg  payload_length_error;
    reg  header_complete_now;
    reg  descriptor_event;
    reg  payload_starts_now;
    reg  can_take;
    reg  header_complete_here;
    reg  [22:0] entry;
    reg  [16:0] end_minus_one;
    reg  [16:0] checksum_word_a;
    reg  [16:0] checksum_word_b;
    reg  [16:0] checksum_word_c;
    reg  [16:0] checksum_word_d;
    reg  [6:0] icrc_shift_bits;
    reg  [63:0] payload_word;
    reg  [63:0] tail_word;
    reg  [3:0] available;
    reg  [3:0] tail_lanes;
    reg  [3:0] last_taken;
    reg  [4:0] drain_left;
    reg  [4:0] room_small;
    reg  [15:0] remaining_after_beat;
    reg  [4:0] remaining_small_after_beat;
    reg  [31:0] ext_word;
    reg  [63:0] d_b0;
    reg  [31:0] d_b1;
    reg  [7:0] d_tos;
    reg  [47:0] d_b3;
    reg  [47:0] d_b4;
    reg  [31:0] d_bth_head;
    reg  [1:0] d_bth_congestion;
    reg  [15:0] d_ext_a;
    reg  [63:0] d_ext_b;
    reg  [63:0] d_ext_c;
    reg  [15:0] d_ext_d;
    reg  [4:0] cause;
    reg  [17:0] final_flags;
    
    // Sub module instances
    rx_parser$input_slice input_slice(
        .clock(input_slice$clock),
        .reset(input_slice$reset),
        .in_data(input_slice$in_data),
        .in_valid(input_slice$in_valid),
        .in_ready(input_slice$in_ready),
        .out_data(input_slice$out_data),
        .out_valid(input_slice$out_valid),
        .out_ready(input_slice$out_ready)
    );
    rx_parser$payload_slice payload_slice(
        .clock(payload_slice$clock),
        .reset(payload_slice$reset),
        .in_data(payload_slice$in_data),
        .in_valid(payload_slice$in_valid),
        .in_ready(payload_slice$in_ready),
        .out_data(payload_slice$out_data),
        .out_valid(payload_slice$out_valid),
        .out_ready(payload_slice$out_ready)
    );
    rx_parser$keep_bytes keep_bytes(
        .data_in(keep_bytes$data_in),
        .data_out(keep_bytes$data_out)
    );
    rx_parser$byte_swap byte_swap(
        .data_in(byte_swap$data_in),
        .data_out(byte_swap$data_out)
    );
    rx_parser$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    rx_parser$icrc_inits icrc_inits(
        .address(icrc_inits$address),
        .data(icrc_inits$data)
    );
    rx_parser$keep_lanes keep_lanes(
        .address(keep_lanes$address),
        .data(keep_lanes$data)
    );
    rx_parser$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .word(icrc$word),
        .word_valid(icrc$word_valid),
        .word_first(icrc$word_first),
        .word_last(icrc$word_last),
        .init(icrc$init),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok),
        .result_crc(icrc$result_crc)
    );
    rx_parser$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    rx_parser$pkey pkey(
        .d(pkey$d),
        .q(pkey$q),
        .clock(pkey$clock)
    );
    rx_parser$path_mtu path_mtu(
        .d(path_mtu$d),
        .q(path_mtu$q),
        .clock(path_mtu$clock)
    );
    rx_parser$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    rx_parser$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    rx_parser$bth_seen bth_seen(
        .d(bth_seen$d),
        .q(bth_seen$q),
        .clock(bth_seen$clock)
    );
    rx_parser$header_end_next header_end_next(
        .d(header_end_next$d),
        .q(header_end_next$q),
        .clock(header_end_next$clock)
    );
    rx_parser$checksum_first checksum_first(
        .d(checksum_first$d),
        .q(checksum_first$q),
        .clock(checksum_first$clock)
    );
    rx_parser$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    rx_parser$flags flags(
        .d(flags$d),
        .q(flags$q),
        .clock(flags$clock)
    );
    rx_parser$header_done header_done(
        .d(header_done$d),
        .q(header_done$q),
        .clock(header_done$clock)
    );
    rx_parser$ip_length ip_length(
        .d(ip_length$d),
        .q(ip_length$q),
        .clock(ip_length$clock)
    );
    rx_parser$udp_length_ok udp_length_ok(
        .d(udp_length_ok$d),
        .q(udp_length_ok$q),
        .clock(udp_length_ok$clock)
    );
    rx_parser$payload_room payload_room(
        .d(payload_room$d),
        .q(payload_room$q),
        .clock(payload_room$clock)
    );
    rx_parser$rule rule(
        .d(rule$d),
        .q(rule$q),
        .clock(rule$clock)
    );
    rx_parser$pad_count pad_count(
        .d(pad_count$d),
        .q(pad_count$q),
        .clock(pad_count$clock)
    );
    rx_parser$header_end_beat header_end_beat(
        .d(header_end_beat$d),
        .q(header_end_beat$q),
        .clock(header_end_beat$clock)
    );
    rx_parser$payload_lane payload_lane(
        .d(payload_lane$d),
        .q(payload_lane$q),
        .clock(payload_lane$clock)
    );
    rx_parser$payload_at_lane_two payload_at_lane_two(
        .d(payload_at_lane_two$d),
        .q(payload_at_lane_two$q),
        .clock(payload_at_lane_two$clock)
    );
    rx_parser$end_beat end_beat(
        .d(end_beat$d),
        .q(end_beat$q),
        .clock(end_beat$clock)
    );
    rx_parser$end_lanes end_lanes(
        .d(end_lanes$d),
        .q(end_lanes$q),
        .clock(end_lanes$clock)
    );
    rx_parser$end_below_minimum end_below_minimum(
        .d(end_below_minimum$d),
        .q(end_below_minimum$q),
        .clock(end_below_minimum$clock)
    );
    rx_parser$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    rx_parser$checksum_pair_a checksum_pair_a(
        .d(checksum_pair_a$d),
        .q(checksum_pair_a$q),
        .clock(checksum_pair_a$clock)
    );
    rx_parser$checksum_pair_b checksum_pair_b(
        .d(checksum_pair_b$d),
        .q(checksum_pair_b$q),
        .clock(checksum_pair_b$clock)
    );
    rx_parser$checksum_beat_valid checksum_beat_valid(
        .d(checksum_beat_valid$d),
        .q(checksum_beat_valid$q),
        .clock(checksum_beat_valid$clock)
    );
    rx_parser$checksum_total_a checksum_total_a(
        .d(checksum_total_a$d),
        .q(checksum_total_a$q),
        .clock(checksum_total_a$clock)
    );
    rx_parser$checksum_total_b checksum_total_b(
        .d(checksum_total_b$d),
        .q(checksum_total_b$q),
        .clock(checksum_total_b$clock)
    );
    rx_parser$checksum_combine checksum_combine(
        .d(checksum_combine$d),
        .q(checksum_combine$q),
        .clock(checksum_combine$clock)
    );
    rx_parser$checksum_total checksum_total(
        .d(checksum_total$d),
        .q(checksum_total$q),
        .clock(checksum_total$clock)
    );
    rx_parser$checksum_last checksum_last(
        .d(checksum_last$d),
        .q(checksum_last$q),
        .clock(checksum_last$clock)
    );
    rx_parser$checksum_check checksum_check(
        .d(checksum_check$d),
        .q(checksum_check$q),
        .clock(checksum_check$clock)
    );
    rx_parser$checksum_bad checksum_bad(
        .d(checksum_bad$d),
        .q(checksum_bad$q),
        .clock(checksum_bad$clock)
    );
    rx_parser$icrc_shift icrc_shift(
        .d(icrc_shift$d),
        .q(icrc_shift$q),
        .clock(icrc_shift$clock)
    );
    rx_parser$crc_previous crc_previous(
        .d(crc_previous$d),
        .q(crc_previous$q),
        .clock(crc_previous$clock)
    );
    rx_parser$crc_current crc_current(
        .d(crc_current$d),
        .q(crc_current$q),
        .clock(crc_current$clock)
    );
    rx_parser$crc_word_valid crc_word_valid(
        .d(crc_word_valid$d),
        .q(crc_word_valid$q),
        .clock(crc_word_valid$clock)
    );
    rx_parser$crc_word_first crc_word_first(
        .d(crc_word_first$d),
        .q(crc_word_first$q),
        .clock(crc_word_first$clock)
    );
    rx_parser$crc_word_last crc_word_last(
        .d(crc_word_last$d),
        .q(crc_word_last$q),
        .clock(crc_word_last$clock)
    );
    rx_parser$payload_open payload_open(
        .d(payload_open$d),
        .q(payload_open$q),
        .clock(payload_open$clock)
    );
    rx_parser$payload_ok payload_ok(
        .d(payload_ok$d),
        .q(payload_ok$q),
        .clock(payload_ok$clock)
    );
    rx_parser$last_beat_busy last_beat_busy(
        .d(last_beat_busy$d),
        .q(last_beat_busy$q),
        .clock(last_beat_busy$clock)
    );
    rx_parser$descriptor_busy descriptor_busy(
        .d(descriptor_busy$d),
        .q(descriptor_busy$q),
        .clock(descriptor_busy$clock)
    );
    rx_parser$payload_remaining payload_remaining(
        .d(payload_remaining$d),
        .q(payload_remaining$q),
        .clock(payload_remaining$clock)
    );
    rx_parser$middle_keep middle_keep(
        .d(middle_keep$d),
        .q(middle_keep$q),
        .clock(middle_keep$clock)
    );
    rx_parser$middle_last middle_last(
        .d(middle_last$d),
        .q(middle_last$q),
        .clock(middle_last$clock)
    );
    rx_parser$keep_of_room keep_of_room(
        .address(keep_of_room$address),
        .data(keep_of_room$data)
    );
    rx_parser$keep_after_beat keep_after_beat(
        .address(keep_after_beat$address),
        .data(keep_after_beat$data)
    );
    rx_parser$remaining_small remaining_small(
        .d(remaining_small$d),
        .q(remaining_small$q),
        .clock(remaining_small$clock)
    );
    rx_parser$drain_prepare drain_prepare(
        .d(drain_prepare$d),
        .q(drain_prepare$q),
        .clock(drain_prepare$clock)
    );
    rx_parser$drain_word_pending drain_word_pending(
        .d(drain_word_pending$d),
        .q(drain_word_pending$q),
        .clock(drain_word_pending$clock)
    );
    rx_parser$drain_tail_pending drain_tail_pending(
        .d(drain_tail_pending$d),
        .q(drain_tail_pending$q),
        .clock(drain_tail_pending$clock)
    );
    rx_parser$drain_word drain_word(
        .d(drain_word$d),
        .q(drain_word$q),
        .clock(drain_word$clock)
    );
    rx_parser$drain_tail drain_tail(
        .d(drain_tail$d),
        .q(drain_tail$q),
        .clock(drain_tail$clock)
    );
    rx_parser$drain_taken drain_taken(
        .d(drain_taken$d),
        .q(drain_taken$q),
        .clock(drain_taken$clock)
    );
    rx_parser$drain_tail_lanes drain_tail_lanes(
        .d(drain_tail_lanes$d),
        .q(drain_tail_lanes$q),
        .clock(drain_tail_lanes$clock)
    );
    rx_parser$drain_word_last drain_word_last(
        .d(drain_word_last$d),
        .q(drain_word_last$q),
        .clock(drain_word_last$clock)
    );
    rx_parser$drain_word_short drain_word_short(
        .d(drain_word_short$d),
        .q(drain_word_short$q),
        .clock(drain_word_short$clock)
    );
    rx_parser$drain_tail_keep drain_tail_keep(
        .d(drain_tail_keep$d),
        .q(drain_tail_keep$q),
        .clock(drain_tail_keep$clock)
    );
    rx_parser$drain_tail_short drain_tail_short(
        .d(drain_tail_short$d),
        .q(drain_tail_short$q),
        .clock(drain_tail_short$clock)
    );
    rx_parser$thermometer thermometer(
        .address(thermometer$address),
        .data(thermometer$data)
    );
    rx_parser$descriptor_load descriptor_load(
        .d(descriptor_load$d),
        .q(descriptor_load$q),
        .clock(descriptor_load$clock)
    );
    rx_parser$descriptor descriptor(
        .d(descriptor$d),
        .q(descriptor$q),
        .clock(descriptor$clock)
    );
    rx_parser$descriptor_valid descriptor_valid(
        .d(descriptor_valid$d),
        .q(descriptor_valid$q),
        .clock(descriptor_valid$clock)
    );
    rx_parser$staged_payload_length staged_payload_length(
        .d(staged_payload_length$d),
        .q(staged_payload_length$q),
        .clock(staged_payload_length$clock)
    );
    rx_parser$staged_has_payload staged_has_payload(
        .d(staged_has_payload$d),
        .q(staged_has_payload$q),
        .clock(staged_has_payload$clock)
    );
    rx_parser$end_flags$0 end_flags$0(
        .d(end_flags$0$d),
        .q(end_flags$0$q),
        .clock(end_flags$0$clock)
    );
    rx_parser$end_flags$1 end_flags$1(
        .d(end_flags$1$d),
        .q(end_flags$1$q),
        .clock(end_flags$1$clock)
    );
    rx_parser$end_flags$2 end_flags$2(
        .d(end_flags$2$d),
        .q(end_flags$2$q),
        .clock(end_flags$2$clock)
    );
    rx_parser$end_flags$3 end_flags$3(
        .d(end_flags$3$d),
        .q(end_flags$3$q),
        .clock(end_flags$3$clock)
    );
    rx_parser$end_flags$4 end_flags$4(
        .d(end_flags$4$d),
        .q(end_flags$4$q),
        .clock(end_flags$4$clock)
    );
    rx_parser$end_valid$0 end_valid$0(
        .d(end_valid$0$d),
        .q(end_valid$0$q),
        .clock(end_valid$0$clock)
    );
    rx_parser$end_valid$1 end_valid$1(
        .d(end_valid$1$d),
        .q(end_valid$1$q),
        .clock(end_valid$1$clock)
    );
    rx_parser$end_valid$2 end_valid$2(
        .d(end_valid$2$d),
        .q(end_valid$2$q),
        .clock(end_valid$2$clock)
    );
    rx_parser$end_valid$3 end_valid$3(
        .d(end_valid$3$d),
        .q(end_valid$3$q),
        .clock(end_valid$3$clock)
    );
    rx_parser$end_valid$4 end_valid$4(
        .d(end_valid$4$d),
        .q(end_valid$4$q),
        .clock(end_valid$4$clock)
    );
    rx_parser$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    rx_parser$verdict_pending verdict_pending(
        .d(verdict_pending$d),
        .q(verdict_pending$q),
        .clock(verdict_pending$clock)
    );
    rx_parser$verdict_counted verdict_counted(
        .d(verdict_counted$d),
        .q(verdict_counted$q),
        .clock(verdict_counted$clock)
    );
    
    // Update code
    always @(*) begin
        pkey$clock = clock;
        path_mtu$clock = clock;
        beat$clock = clock;
        phase$clock = clock;
        bth_seen$clock = clock;
        header_end_next$clock = clock;
        header$clock = clock;
        flags$clock = clock;
        header_done$clock = clock;
        ip_length$clock = clock;
        udp_length_ok$clock = clock;
        payload_room$clock = clock;
        rule$clock = clock;
        pad_count$clock = clock;
        header_end_beat$clock = clock;
        payload_lane$clock = clock;
        payload_at_lane_two$clock = clock;
        end_beat$clock = clock;
        end_lanes$clock = clock;
        end_below_minimum$clock = clock;
        previous$clock = clock;
        checksum_first$clock = clock;
        checksum_pair_a$clock = clock;
        checksum_pair_b$clock = clock;
        checksum_beat_valid$clock = clock;
        checksum_total_a$clock = clock;
        checksum_total_b$clock = clock;
        checksum_combine$clock = clock;
        checksum_total$clock = clock;
        checksum_last$clock = clock;
        checksum_check$clock = clock;
        checksum_bad$clock = clock;
        icrc_shift$clock = clock;
        crc_previous$clock = clock;
        crc_current$clock = clock;
        crc_word_valid$clock = clock;
        crc_word_first$clock = clock;
        crc_word_last$clock = clock;
        payload_open$clock = clock;
        payload_ok$clock = clock;
        last_beat_busy$clock = clock;
        descriptor_busy$clock = clock;
        payload_remaining$clock = clock;
        remaining_small$clock = clock;
        middle_keep$clock = clock;
        middle_last$clock = clock;
        drain_prepare$clock = clock;
        drain_word_pending$clock = clock;
        drain_tail_pending$clock = clock;
        drain_word_last$clock = clock;
        drain_word_short$clock = clock;
        drain_tail_keep$clock = clock;
        drain_tail_short$clock = clock;
        drain_word$clock = clock;
        drain_tail$clock = clock;
        drain_taken$clock = clock;
        drain_tail_lanes$clock = clock;
        descriptor_load$clock = clock;
        descriptor$clock = clock;
        descriptor_valid$clock = clock;
        staged_payload_length$clock = clock;
        staged_has_payload$clock = clock;
        verdict$clock = clock;
        verdict_pending$clock = clock;
        verdict_counted$clock = clock;
        pkey$d = pkey$q;
        path_mtu$d = path_mtu$q;
        beat$d = beat$q;
        phase$d = phase$q;
        bth_seen$d = bth_seen$q;
        header_end_next$d = header_end_next$q;
        header$d = header$q;
        flags$d = flags$q;
        header_done$d = header_done$q;
        ip_length$d = ip_length$q;
        udp_length_ok$d = udp_length_ok$q;
        payload_room$d = payload_room$q;
        rule$d = rule$q;
        pad_count$d = pad_count$q;
        header_end_beat$d = header_end_beat$q;
        payload_lane$d = payload_lane$q;
        payload_at_lane_two$d = payload_at_lane_two$q;
        end_beat$d = end_beat$q;
        end_lanes$d = end_lanes$q;
        end_below_minimum$d = end_below_minimum$q;
        previous$d = previous$q;
        checksum_first$d = checksum_first$q;
        checksum_pair_a$d = checksum_pair_a$q;
        checksum_pair_b$d = checksum_pair_b$q;
        checksum_beat_valid$d = checksum_beat_valid$q;
        checksum_total_a$d = checksum_total_a$q;
        checksum_total_b$d = checksum_total_b$q;
        checksum_combine$d = checksum_combine$q;
        checksum_total$d = checksum_total$q;
        checksum_last$d = checksum_last$q;
        checksum_check$d = checksum_check$q;
        checksum_bad$d = checksum_bad$q;
        icrc_shift$d = icrc_shift$q;
        crc_previous$d = crc_previous$q;
        crc_current$d = crc_current$q;
        crc_word_valid$d = crc_word_valid$q;
        crc_word_first$d = crc_word_first$q;
        crc_word_last$d = crc_word_last$q;
        payload_open$d = payload_open$q;
        payload_ok$d = payload_ok$q;
        last_beat_busy$d = last_beat_busy$q;
        descriptor_busy$d = descriptor_busy$q;
        payload_remaining$d = payload_remaining$q;
        remaining_small$d = remaining_small$q;
        middle_keep$d = middle_keep$q;
        middle_last$d = middle_last$q;
        drain_prepare$d = drain_prepare$q;
        drain_word_pending$d = drain_word_pending$q;
        drain_tail_pending$d = drain_tail_pending$q;
        drain_word_last$d = drain_word_last$q;
        drain_word_short$d = drain_word_short$q;
        drain_tail_keep$d = drain_tail_keep$q;
        drain_tail_short$d = drain_tail_short$q;
        drain_word$d = drain_word$q;
        drain_tail$d = drain_tail$q;
        drain_taken$d = drain_taken$q;
        drain_tail_lanes$d = drain_tail_lanes$q;
        descriptor_load$d = descriptor_load$q;
        descriptor$d = descriptor$q;
        descriptor_valid$d = descriptor_valid$q;
        staged_payload_length$d = staged_payload_length$q;
        staged_has_payload$d = staged_has_payload$q;
        verdict$d = verdict$q;
        verdict_pending$d = verdict_pending$q;
        verdict_counted$d = verdict_counted$q;
        end_flags$0$clock = clock;
        end_valid$0$clock = clock;
        end_flags$1$clock = clock;
        end_valid$1$clock = clock;
        end_flags$2$clock = clock;
        end_valid$2$clock = clock;
        end_flags$3$clock = clock;
        end_valid$3$clock = clock;
        end_flags$4$clock = clock;
        end_valid$4$clock = clock;
        input_slice$clock = clock;
        input_slice$reset = reset;
        payload_slice$clock = clock;
        payload_slice$reset = reset;
        icrc$clock = clock;
        icrc$reset = reset;
        counters$clock = clock;
        counters$reset = reset;
        pkey$d = cfg_pkey;
        path_mtu$d = cfg_path_mtu;
        keep_bytes$data_in = s_axis_tkeep;
        keep_lanes$address = s_axis_tkeep;
        data_in = s_axis_tdata;
        input_slice$in_data[(64'h40)+:(4)] = all_lanes;
        input_slice$in_data[(64'h46)+:(1)] = 1'b1;
        input_slice$in_data[(64'h47)+:(1)] = 1'b1;
        if (s_axis_tlast) begin
            data_in = s_axis_tdata & keep_bytes$data_out;
            input_slice$in_data[(64'h40)+:(4)] = keep_lanes$data;
            input_slice$in_data[(64'h46)+:(1)] = |s_axis_tkeep[(32'h1)+:(7)];
            input_slice$in_data[(64'h47)+:(1)] = |s_axis_tkeep[(32'h5)+:(3)];
        end
        input_slice$in_data[(64'h0)+:(64)] = data_in;
        input_slice$in_data[(64'h44)+:(1)] = s_axis_tlast;
        input_slice$in_data[(64'h45)+:(1)] = s_axis_tuser;
        opcodes$address = data_in[(32'h10)+:(8)];
        input_slice$in_data[(64'h48)+:(23)] = opcodes$data;
        input_slice$in_valid = s_axis_tvalid;
        s_axis_tready = input_slice$in_ready;
        tlast = input_slice$out_data[(64'h44)+:(1)];
        data_le = input_slice$out_data[(64'h0)+:(64)];
        lanes = input_slice$out_data[(64'h40)+:(4)];
        byte_swap$data_in = data_le;
        data_be = byte_swap$data_out;
        beat_complete = lanes == all_lanes;
        ethertype = data_be[(32'h10)+:(16)];
        entry = input_slice$out_data[(64'h48)+:(23)];
        next_flags = flags$q;
        if (phase$q[32'h0]) begin
            next_flags = no_flags;
        end
        if (input_slice$out_data[(64'h45)+:(1)]) begin
            next_flags[(64'h0)+:(1)] = 1'b1;
        end
        if (phase$q[32'h1] & beat_complete) begin
            if ((ethertype == ethertype_vlan) | (ethertype == ethertype_qinq)) begin
                next_flags[(64'h1)+:(1)] = 1'b1;
            end
            else if (ethertype == ethertype_ipv6) begin
                next_flags[(64'h2)+:(1)] = 1'b1;
            end
            else if (ethertype != ethertype_ipv4) begin
                next_flags[(64'h3)+:(1)] = 1'b1;
            end
            if ((data_be[(32'hc)+:(4)] != ip_version) | (data_be[(32'h8)+:(4)] < ihl_plain)) begin
                next_flags[(64'h4)+:(1)] = 1'b1;
            end
            else if (data_be[(32'h8)+:(4)] > ihl_plain) begin
                next_flags[(64'h5)+:(1)] = 1'b1;
            end
        end
        if (phase$q[32'h2] & beat_complete) begin
            if ((data_be[(32'h10)+:(16)] & fragment_bits) != no_length) begin
                next_flags[(64'h6)+:(1)] = 1'b1;
            end
            if (data_be[(32'h0)+:(8)] != udp_protocol) begin
                next_flags[(64'h7)+:(1)] = 1'b1;
            end
        end
        if (phase$q[32'h4] & beat_complete) begin
            next_flags[(64'h8)+:(1)] = 1'b1;
            if (data_be[(32'h10)+:(16)] != rocev2_port) begin
                next_flags[(64'h9)+:(1)] = 1'b1;
            end
        end
        if (phase$q[32'h5] & beat_complete) begin
            if (data_be[(32'h20)+:(4)] != no_tver) begin
                next_flags[(64'ha)+:(1)] = 1'b1;
            end
            if (~entry[(64'h0)+:(1)]) begin
                next_flags[(64'hb)+:(1)] = 1'b1;
            end
            if ((data_be[(32'h10)+:(16)] & pkey_bits) != (pkey$q & pkey_bits)) begin
                next_flags[(64'hc)+:(1)] = 1'b1;
            end
        end
        length_error = ~udp_length_ok$q | payload_room$q[32'h10];
        too_long_error = payload_room$q > ((path_mtu$q) & 17'h1ffff);
        payload_length_error = (payload_room$q[(32'h0)+:(2)] + pad_count$q) != no_pad;
        if ((rule$q == rule_empty) & (payload_room$q != no_room)) begin
            payload_length_error = 1'b1;
        end
        if ((rule$q == rule_exactly_mtu) & (payload_room$q != ((path_mtu$q) & 17'h1ffff))) begin
            payload_length_error = 1'b1;
        end
        if ((rule$q == rule_one_to_mtu) & (payload_room$q == no_room)) begin
            payload_length_error = 1'b1;
        end
        if (phase$q[32'h6]) begin
            next_flags[(64'he)+:(1)] = length_error;
            next_flags[(64'hf)+:(1)] = too_long_error;
            next_flags[(64'h10)+:(1)] = payload_length_error;
        end
        structural_error = flags$q[(64'h1)+:(1)] | flags$q[(64'h2)+:(1)] | flags$q[(64'h3)+:(1)] | flags$q[(64'h4)+:(1)] | flags$q[(64'h5)+:(1)] | flags$q[(64'h6)+:(1)] | flags$q[(64'h7)+:(1)] | flags$q[(64'h9)+:(1)] | flags$q[(64'ha)+:(1)] | flags$q[(64'hb)+:(1)] | flags$q[(64'hc)+:(1)] | flags$q[(64'he)+:(1)] | flags$q[(64'hf)+:(1)] | flags$q[(64'h10)+:(1)];
        length_check_failed = flags$q[(64'he)+:(1)] | flags$q[(64'hf)+:(1)] | flags$q[(64'h10)+:(1)];
        payload_flows = payload_ok$q & ~length_check_failed;
        header_complete_here = header_end_next$q & input_slice$out_data[(64'h47)+:(1)];
        if (payload_at_lane_two$q) begin
            header_complete_here = header_end_next$q & input_slice$out_data[(64'h46)+:(1)];
        end
        can_take = payload_slice$in_ready;
        if ((header_end_next$q | tlast) & descriptor_busy$q) begin
            can_take = 1'b0;
        end
        if (tlast & last_beat_busy$q) begin
            can_take = 1'b0;
        end
        input_slice$out_ready = can_take;
        accept = input_slice$out_valid & can_take;
        header_complete_now = accept & header_complete_here;
        payload_starts_now = header_complete_now & ~structural_error & (payload_room$q != no_room);
        descriptor_event = header_complete_now | (accept & tlast & ~header_done$q);
        end_minus_one = ((ip_length$q) & 17'h1ffff) + eth_header_minus_one;
        if (input_slice$out_valid) begin
            flags$d = next_flags;
            if (phase$q[32'h0]) begin
                header$d = no_header;
                header$d[(64'h0)+:(64)] = data_be;
            end
            if (phase$q[32'h1]) begin
                header$d[(64'h40)+:(32)] = data_be[(32'h20)+:(32)];
                header$d[(64'h60)+:(8)] = data_be[(32'h0)+:(8)];
            end
            if (phase$q[32'h2]) begin
                ip_length$d = data_be[(32'h30)+:(16)];
            end
            if (phase$q[32'h3]) begin
                header$d[(64'h68)+:(48)] = data_be[(32'h0)+:(48)];
                end_beat$d = ((end_minus_one[(32'h3)+:(14)]) & 10'h3ff);
                end_lanes$d = ((end_minus_one[(32'h0)+:(3)]) & 4'hf) + one_lane;
                end_below_minimum$d = end_minus_one < min_frame_last_byte;
            end
            if (phase$q[32'h4]) begin
                header$d[(64'h98)+:(48)] = data_be[(32'h10)+:(48)];
                udp_length_ok$d = data_be[(32'h0)+:(16)] == (ip_length$q - ip_header_bytes);
            end
            if (phase$q[32'h5]) begin
                bth_seen$d = 1'b1;
                header$d[(64'hc8)+:(32)] = data_be[(32'h10)+:(32)];
                header$d[(64'he8)+:(2)] = data_be[(32'he)+:(2)];
                header$d[(64'hea)+:(8)] = data_be[(32'h0)+:(8)];
                header$d[(64'h1bb)+:(1)] = entry[(64'h3)+:(1)];
                header$d[(64'h1bc)+:(1)] = entry[(64'h4)+:(1)];
                header$d[(64'h1bd)+:(1)] = entry[(64'h5)+:(1)];
                header$d[(64'h1be)+:(1)] = entry[(64'h6)+:(1)];
                header$d[(64'h1bf)+:(1)] = entry[(64'h7)+:(1)];
                rule$d = entry[(64'h1)+:(2)];
                pad_count$d = data_be[(32'h24)+:(2)];
                payload_room$d = ((ip_length$q) & 17'h1ffff) - ((entry[(64'h8)+:(7)]) & 17'h1ffff) - ((data_be[(32'h24)+:(2)]) & 17'h1ffff);
                header_end_beat$d = ((entry[(64'hf)+:(4)]) & 10'h3ff);
                payload_lane$d = entry[(64'h13)+:(4)];
                payload_at_lane_two$d = entry[(64'h13)+:(4)] == lane_two;
            end
            if (phase$q[32'h6]) begin
                header$d[(64'hf2)+:(16)] = data_be[(32'h30)+:(16)];
                header$d[(64'h102)+:(1)] = data_be[32'h2f];
                header$d[(64'h103)+:(24)] = data_be[(32'h10)+:(24)];
                header$d[(64'h11b)+:(16)] = data_be[(32'h0)+:(16)];
            end
            if (phase$q[32'h7]) begin
                header$d[(64'h12b)+:(64)] = data_be;
            end
            if (phase$q[32'h8]) begin
                header$d[(64'h16b)+:(64)] = data_be;
            end
            if (phase$q[32'h9]) begin
                header$d[(64'h1ab)+:(16)] = data_be[(32'h30)+:(16)];
            end
        end
        if (accept) begin
            previous$d = data_le;
            phase$d = (phase$q << 32'h1) | (phase$q & beyond_phase);
            if (beat$q != beat_max) begin
                beat$d = beat$q + one_beat;
            end
            header_end_next$d = bth_seen$q & (beat$q != beat_max) & ((beat$q + one_beat) == header_end_beat$q);
            if (phase$q[32'h5]) begin
                header_end_next$d = ((entry[(64'hf)+:(4)]) & 10'h3ff) == beat_six;
            end
            if (header_complete_now) begin
                header_done$d = 1'b1;
            end
            if (tlast) begin
                beat$d = no_beats;
                phase$d = first_phase;
                bth_seen$d = 1'b0;
                header_done$d = 1'b0;
                header_end_next$d = 1'b0;
            end
        end
        checksum_word_a = all_words;
        checksum_word_b = all_words;
        checksum_word_c = all_words;
        checksum_word_d = all_words;
        if (phase$q[32'h1]) begin
            checksum_word_a = no_word;
            checksum_word_b = no_word;
            checksum_word_c = no_word;
        end
        if (phase$q[32'h4]) begin
            checksum_word_b = no_word;
            checksum_word_c = no_word;
            checksum_word_d = no_word;
        end
        checksum_pair_a$d = (((data_be[(32'h30)+:(16)]) & 17'h1ffff) & checksum_word_a) + (((data_be[(32'h20)+:(16)]) & 17'h1ffff) & checksum_word_b);
        checksum_pair_b$d = (((data_be[(32'h10)+:(16)]) & 17'h1ffff) & checksum_word_c) + (((data_be[(32'h0)+:(16)]) & 17'h1ffff) & checksum_word_d);
        checksum_beat_valid$d = accept & (phase$q[32'h1] | phase$q[32'h2] | phase$q[32'h3] | phase$q[32'h4]);
        checksum_first$d = phase$q[32'h1];
        checksum_last$d = phase$q[32'h4];
        if (checksum_beat_valid$q) begin
            if (checksum_first$q) begin
                checksum_total_a$d = ((checksum_pair_a$q) & 19'h7ffff);
                checksum_total_b$d = ((checksum_pair_b$q) & 19'h7ffff);
            end
            else begin
                checksum_total_a$d = checksum_total_a$q + ((checksum_pair_a$q) & 19'h7ffff);
                checksum_total_b$d = checksum_total_b$q + ((checksum_pair_b$q) & 19'h7ffff);
            end
        end
        checksum_combine$d = checksum_beat_valid$q & checksum_last$q;
        checksum_total$d = ((checksum_total_a$q) & 20'hfffff) + ((checksum_total_b$q) & 20'hfffff);
        checksum_check$d = checksum_combine$q;
        if (checksum_check$q) begin
            checksum_bad$d = (((checksum_total$q[(32'h0)+:(16)]) & 17'h1ffff) + ((checksum_total$q[(32'h10)+:(4)]) & 17'h1ffff)) != checksum_ok;
        end
        if (accept) begin
            crc_previous$d = crc_current$q;
            crc_current$d = data_le;
            if (phase$q[32'h1]) begin
                crc_current$d = icrc_beat1_image;
            end
            if (phase$q[32'h2]) begin
                crc_current$d = data_le | icrc_mask_beat2;
                icrc_shift$d = data_le[(32'h8)+:(3)] + six_bytes;
            end
            if (phase$q[32'h3]) begin
                crc_current$d = data_le | icrc_mask_beat3;
            end
            if (phase$q[32'h5]) begin
                crc_current$d = data_le | icrc_mask_beat5;
            end
        end
        crc_word_valid$d = accept & ~phase$q[32'h0] & ~phase$q[32'h1];
        crc_word_first$d = phase$q[32'h2];
        crc_word_last$d = tlast;
        icrc_shift_bits = ((icrc_shift$q) & 7'h7f) << 32'h3;
        icrc$word = crc_current$q;
        if (icrc_shift$q != no_shift) begin
            icrc$word = (crc_previous$q >> icrc_shift_bits) | (crc_current$q << (word_bits - icrc_shift_bits));
        end
        icrc$word_valid = crc_word_valid$q;
        icrc$word_first = crc_word_first$q;
        icrc$word_last = crc_word_last$q;
        icrc_inits$address = icrc_shift$q;
        icrc$init = icrc_inits$data;
        if (payload_lane$q == lane_two) begin
            payload_word = (previous$q >> 32'h10) | (data_le << 32'h30);
            tail_word = data_le >> 32'h10;
        end
        else begin
            payload_word = (previous$q >> 32'h30) | (data_le << 32'h10);
            tail_word = data_le >> 32'h30;
        end
        room_small = ((payload_room$q) & 5'h1f);
        if (payload_room$q > sixteen_room) begin
            room_small = sixteen_small;
        end
        remaining_after_beat = payload_remaining$q - eight_bytes;
        remaining_small_after_beat = ((remaining_after_beat) & 5'h1f);
        if (payload_remaining$q > twenty_three) begin
            remaining_small_after_beat = sixteen_small;
        end
        available = all_lanes;
        tail_lanes = no_lanes;
        if (lanes < payload_lane$q) begin
            available = all_lanes - payload_lane$q + lanes;
        end
        else begin
            tail_lanes = lanes - payload_lane$q;
        end
        last_taken = available;
        if (remaining_small$q < ((available) & 5'h1f)) begin
            last_taken = ((remaining_small$q) & 4'hf);
        end
        drain_left = remaining_small$q - ((drain_taken$q) & 5'h1f);
        thermometer$address = drain_left;
        if (drain_prepare$q) begin
            drain_prepare$d = 1'b0;
            drain_word_last$d = (drain_left == no_small) | (drain_tail_lanes$q == no_lanes);
            drain_word_short$d = (drain_left != no_small) & (drain_tail_lanes$q == no_lanes);
            drain_tail_keep$d = thermometer$data & ~(ones << drain_tail_lanes$q);
            drain_tail_short$d = drain_left > ((drain_tail_lanes$q) & 5'h1f);
            if (drain_word_pending$q) begin
                drain_tail_pending$d = (drain_left != no_small) & (drain_tail_lanes$q != no_lanes);
            end
            else if (end_flags$0$q[(64'he)+:(1)] | end_flags$0$q[(64'hf)+:(1)] | end_flags$0$q[(64'h10)+:(1)]) begin
                drain_tail_pending$d = 1'b0;
            end
        end
        payload_slice$in_valid = 1'b0;
        payload_slice$in_data[(64'h0)+:(64)] = payload_word;
        payload_slice$in_data[(64'h40)+:(8)] = middle_keep$q;
        payload_slice$in_data[(64'h48)+:(1)] = 1'b0;
        payload_slice$in_data[(64'h49)+:(1)] = 1'b0;
        if (~drain_prepare$q & drain_word_pending$q) begin
            payload_slice$in_data[(64'h0)+:(64)] = drain_word$q;
            payload_slice$in_data[(64'h40)+:(8)] = ~(ones << drain_taken$q);
            payload_slice$in_data[(64'h48)+:(1)] = drain_word_last$q;
            payload_slice$in_data[(64'h49)+:(1)] = drain_word_short$q;
            if (payload_slice$in_ready) begin
                payload_slice$in_valid = 1'b1;
                drain_word_pending$d = 1'b0;
            end
        end
        else if (~drain_prepare$q & drain_tail_pending$q) begin
            payload_slice$in_data[(64'h0)+:(64)] = drain_tail$q;
            payload_slice$in_data[(64'h40)+:(8)] = drain_tail_keep$q;
            payload_slice$in_data[(64'h48)+:(1)] = 1'b1;
            payload_slice$in_data[(64'h49)+:(1)] = drain_tail_short$q;
            if (payload_slice$in_ready) begin
                payload_slice$in_valid = 1'b1;
                drain_tail_pending$d = 1'b0;
            end
        end
        else if (accept & payload_open$q & payload_flows & ~tlast) begin
            payload_slice$in_valid = 1'b1;
            if (middle_last$q) begin
                payload_slice$in_data[(64'h48)+:(1)] = 1'b1;
                payload_open$d = 1'b0;
            end
            payload_remaining$d = remaining_after_beat;
            remaining_small$d = remaining_small_after_beat;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|payload_remaining$q[(32'h5)+:(11)]) begin
                middle_keep$d = keep_after_beat$data;
                middle_last$d = payload_remaining$q[(32'h0)+:(5)] <= sixteen_small;
            end
        end
        if (header_complete_now) begin
            payload_open$d = ~tlast;
            payload_ok$d = payload_starts_now;
            payload_remaining$d = payload_room$q[(32'h0)+:(16)];
            remaining_small$d = room_small;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|payload_room$q[(32'h5)+:(12)]) begin
                middle_keep$d = keep_of_room$data;
                middle_last$d = payload_room$q[(32'h0)+:(5)] <= eight_small;
            end
        end
        keep_of_room$address = payload_room$q[(32'h0)+:(5)];
        keep_after_beat$address = payload_remaining$q[(32'h0)+:(5)];
        if (input_slice$out_valid & tlast & ~last_beat_busy$q) begin
            drain_word$d = payload_word;
            drain_tail$d = tail_word;
            drain_taken$d = last_taken;
            if (header_complete_here) begin
                drain_taken$d = no_lanes;
            end
            drain_tail_lanes$d = tail_lanes;
        end
        if (accept & tlast) begin
            payload_open$d = 1'b0;
            drain_prepare$d = (payload_open$q & payload_flows) | payload_starts_now;
            drain_word_pending$d = payload_open$q & payload_flows;
            drain_tail_pending$d = payload_starts_now;
        end
        last_beat_busy$d = (accept & tlast) | end_valid$0$q | end_valid$1$q | end_valid$2$q | end_valid$3$q | end_valid$4$q | (verdict_pending$q & ~verdict_ready) | drain_word_pending$q | drain_tail_pending$q | ~counters$ready;
        descriptor_busy$d = (descriptor_event | descriptor_load$q | (descriptor_valid$q & ~desc_ready)) & ((accept & tlast) | ~(header_done$q | header_complete_now));
        payload_slice$out_ready = m_axis_payload_tready;
        m_axis_payload_tdata = payload_slice$out_data[(64'h0)+:(64)];
        m_axis_payload_tkeep = payload_slice$out_data[(64'h40)+:(8)];
        m_axis_payload_tlast = payload_slice$out_data[(64'h48)+:(1)];
        m_axis_payload_tuser = payload_slice$out_data[(64'h49)+:(1)];
        m_axis_payload_tvalid = payload_slice$out_valid;
        descriptor_load$d = descriptor_event;
        if (descriptor_event) begin
            staged_payload_length$d = no_length;
            if (header_complete_now & ~next_flags[(64'he)+:(1)]) begin
                staged_payload_length$d = payload_room$q[(32'h0)+:(16)];
            end
            staged_has_payload$d = payload_starts_now;
        end
        if (descriptor_valid$q & desc_ready) begin
            descriptor_valid$d = 1'b0;
        end
        if (descriptor_load$q) begin
            descriptor$d = header$q;
            descriptor$d[(64'h1c0)+:(16)] = staged_payload_length$q;
            descriptor$d[(64'h1d0)+:(1)] = staged_has_payload$q & ~length_check_failed;
            descriptor_valid$d = 1'b1;
        end
        desc_valid = descriptor_valid$q;
        d_b0 = descriptor$q[(64'h0)+:(64)];
        d_b1 = descriptor$q[(64'h40)+:(32)];
        d_tos = descriptor$q[(64'h60)+:(8)];
        d_b3 = descriptor$q[(64'h68)+:(48)];
        d_b4 = descriptor$q[(64'h98)+:(48)];
        d_bth_head = descriptor$q[(64'hc8)+:(32)];
        d_bth_congestion = descriptor$q[(64'he8)+:(2)];
        d_ext_a = descriptor$q[(64'h11b)+:(16)];
        d_ext_b = descriptor$q[(64'h12b)+:(64)];
        d_ext_c = descriptor$q[(64'h16b)+:(64)];
        d_ext_d = descriptor$q[(64'h1ab)+:(16)];
        desc_dst_mac = d_b0[(32'h10)+:(48)];
        desc_src_mac = (((d_b0[(32'h0)+:(16)]) & 48'hffffffffffff) << 32'h20) | ((d_b1) & 48'hffffffffffff);
        desc_ip_dscp = d_tos[(32'h2)+:(6)];
        desc_ip_ecn = d_tos[(32'h0)+:(2)];
        desc_src_ip = d_b3[(32'h10)+:(32)];
        desc_dst_ip = (((d_b3[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_b4[(32'h20)+:(16)]) & 32'hffffffff);
        desc_udp_src_port = d_b4[(32'h10)+:(16)];
        desc_udp_dst_port = d_b4[(32'h0)+:(16)];
        desc_opcode = d_bth_head[(32'h18)+:(8)];
        desc_solicited = d_bth_head[32'h17];
        desc_mig_req = d_bth_head[32'h16];
        desc_pad_count = d_bth_head[(32'h14)+:(2)];
        desc_tver = d_bth_head[(32'h10)+:(4)];
        desc_pkey = d_bth_head[(32'h0)+:(16)];
        desc_fecn = d_bth_congestion[32'h1];
        desc_becn = d_bth_congestion[32'h0];
        desc_dest_qp = (((descriptor$q[(64'hea)+:(8)]) & 24'hffffff) << 32'h10) | ((descriptor$q[(64'hf2)+:(16)]) & 24'hffffff);
        desc_ack_req = descriptor$q[(64'h102)+:(1)];
        desc_psn = descriptor$q[(64'h103)+:(24)];
        ext_word = (((d_ext_a) & 32'hffffffff) << 32'h10) | ((d_ext_b[(32'h30)+:(16)]) & 32'hffffffff);
        desc_has_reth = descriptor$q[(64'h1bb)+:(1)];
        desc_reth_va = zero_64;
        desc_reth_rkey = zero_32;
        desc_reth_dma_length = zero_32;
        if (descriptor$q[(64'h1bb)+:(1)]) begin
            desc_reth_va = (((d_ext_a) & 64'hffffffffffffffff) << 32'h30) | ((d_ext_b[(32'h10)+:(48)]) & 64'hffffffffffffffff);
            desc_reth_rkey = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            desc_reth_dma_length = d_ext_c[(32'h10)+:(32)];
        end
        desc_has_aeth = descriptor$q[(64'h1bc)+:(1)];
        desc_aeth_syndrome = zero_8;
        desc_aeth_msn = zero_24;
        if (descriptor$q[(64'h1bc)+:(1)]) begin
            desc_aeth_syndrome = ext_word[(32'h18)+:(8)];
            desc_aeth_msn = ext_word[(32'h0)+:(24)];
        end
        desc_has_immdt = descriptor$q[(64'h1bd)+:(1)];
        desc_immdt = zero_32;
        if (descriptor$q[(64'h1bd)+:(1)]) begin
            desc_immdt = ext_word;
            if (descriptor$q[(64'h1bb)+:(1)]) begin
                desc_immdt = (((d_ext_c[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_d) & 32'hffffffff);
            end
            if (descriptor$q[(64'h1bf)+:(1)]) begin
                desc_immdt = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            end
        end
        desc_has_ieth = descriptor$q[(64'h1be)+:(1)];
        desc_ieth_rkey = zero_32;
        if (descriptor$q[(64'h1be)+:(1)]) begin
            desc_ieth_rkey = ext_word;
        end
        desc_has_deth = descriptor$q[(64'h1bf)+:(1)];
        desc_deth_qkey = zero_32;
        desc_deth_src_qp = zero_24;
        if (descriptor$q[(64'h1bf)+:(1)]) begin
            desc_deth_qkey = ext_word;
            desc_deth_src_qp = d_ext_b[(32'h10)+:(24)];
        end
        desc_payload_length = descriptor$q[(64'h1c0)+:(16)];
        desc_has_payload = descriptor$q[(64'h1d0)+:(1)];
        end_valid$0$d = accept & tlast;
        end_flags$0$d = next_flags;
        end_flags$0$d[(64'hd)+:(1)] = ~(header_done$q | header_complete_now);
        end_flags$0$d[(64'h11)+:(1)] = ~(((beat$q == end_beat$q) & (lanes == end_lanes$q)) | (end_below_minimum$q & (beat$q == min_frame_beat) & (lanes == min_frame_lanes)));
        end_valid$1$d = end_valid$0$q;
        end_flags$1$d = end_flags$0$q;
        end_valid$2$d = end_valid$1$q;
        end_flags$2$d = end_flags$1$q;
        end_valid$3$d = end_valid$2$q;
        end_flags$3$d = end_flags$2$q;
        end_valid$4$d = end_valid$3$q;
        end_flags$4$d = end_flags$3$q;
        final_flags = end_flags$4$q;
        if (final_flags[(64'h0)+:(1)]) begin
            cause = cause_mac_error;
        end
        else if (final_flags[(64'h1)+:(1)]) begin
            cause = cause_vlan_tagged;
        end
        else if (final_flags[(64'h2)+:(1)]) begin
            cause = cause_ipv6;
        end
        else if (final_flags[(64'h3)+:(1)]) begin
            cause = cause_ether_type;
        end
        else if (final_flags[(64'h4)+:(1)]) begin
            cause = cause_ip_header;
        end
        else if (final_flags[(64'h5)+:(1)]) begin
            cause = cause_ip_options;
        end
        else if (final_flags[(64'h6)+:(1)]) begin
            cause = cause_ip_fragment;
        end
        else if (final_flags[(64'h7)+:(1)]) begin
            cause = cause_not_udp;
        end
        else if (final_flags[(64'h8)+:(1)] & checksum_bad$q) begin
            cause = cause_ip_checksum;
        end
        else if (final_flags[(64'h9)+:(1)]) begin
            cause = cause_udp_port;
        end
        else if (final_flags[(64'ha)+:(1)]) begin
            cause = cause_bth_version;
        end
        else if (final_flags[(64'hb)+:(1)]) begin
            cause = cause_opcode;
        end
        else if (final_flags[(64'hc)+:(1)]) begin
            cause = cause_pkey;
        end
        else if (final_flags[(64'hd)+:(1)]) begin
            cause = cause_truncated;
        end
        else if (final_flags[(64'he)+:(1)]) begin
            cause = cause_length;
        end
        else if (final_flags[(64'hf)+:(1)]) begin
            cause = cause_too_long;
        end
        else if (final_flags[(64'h10)+:(1)]) begin
            cause = cause_payload_length;
        end
        else if (final_flags[(64'h11)+:(1)]) begin
            cause = cause_length;
        end
        else if (~(icrc$result_valid & icrc$result_ok)) begin
            cause = cause_icrc;
        end
        else begin
            cause = cause_accepted;
        end
        if (verdict_pending$q & verdict_ready) begin
            verdict_pending$d = 1'b0;
        end
        if (end_valid$4$q) begin
            verdict$d = cause;
            verdict_pending$d = 1'b1;
        end
        verdict_valid = verdict_pending$q;
        verdict_cause = verdict$q;
        verdict_counted$d = end_valid$4$q;
        counters$count = verdict_counted$q;
        counters$count_index = verdict$q;
        counters$read_index = stat_index;
        stat_value = counters$read_value;
        if (reset) begin
            beat$d = no_beats;
            phase$d = first_phase;
            bth_seen$d = 1'b0;
            header_done$d = 1'b0;
            checksum_beat_valid$d = 1'b0;
            checksum_check$d = 1'b0;
            checksum_combine$d = 1'b0;
            crc_word_valid$d = 1'b0;
            payload_open$d = 1'b0;
            drain_word_pending$d = 1'b0;
            drain_tail_pending$d = 1'b0;
            drain_prepare$d = 1'b0;
            descriptor_load$d = 1'b0;
            descriptor_valid$d = 1'b0;
            verdict_pending$d = 1'b0;
            verdict_counted$d = 1'b0;
            last_beat_busy$d = 1'b1;
            descriptor_busy$d = 1'b0;
            end_valid$0$d = 1'b0;
            end_valid$1$d = 1'b0;
            end_valid$2$d = 1'b0;
            end_valid$3$d = 1'b0;
            end_valid$4$d = 1'b0;
        end
    end
    
endmodule // rx_parser


module rx_parser$beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$beat


module rx_parser$bth_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$bth_seen


module rx_parser$byte_swap(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[56];
        data_out[1] = data_in[57];
        data_out[2] = data_in[58];
        data_out[3] = data_in[59];
        data_out[4] = data_in[60];
        data_out[5] = data_in[61];
        data_out[6] = data_in[62];
        data_out[7] = data_in[63];
        data_out[8] = data_in[48];
        data_out[9] = data_in[49];
        data_out[10] = data_in[50];
        data_out[11] = data_in[51];
        data_out[12] = data_in[52];
        data_out[13] = data_in[53];
        data_out[14] = data_in[54];
        data_out[15] = data_in[55];
        data_out[16] = data_in[40];
        data_out[17] = data_in[41];
        data_out[18] = data_in[42];
        data_out[19] = data_in[43];
        data_out[20] = data_in[44];
        data_out[21] = data_in[45];
        data_out[22] = data_in[46];
        data_out[23] = data_in[47];
        data_out[24] = data_in[32];
        data_out[25] = data_in[33];
        data_out[26] = data_in[34];
        data_out[27] = data_in[35];
        data_out[28] = data_in[36];
        data_out[29] = data_in[37];
        data_out[30] = data_in[38];
        data_out[31] = data_in[39];
        data_out[32] = data_in[24];
        data_out[33] = data_in[25];
        data_out[34] = data_in[26];
        data_out[35] = data_in[27];
        data_out[36] = data_in[28];
        data_out[37] = data_in[29];
        data_out[38] = data_in[30];
        data_out[39] = data_in[31];
        data_out[40] = data_in[16];
        data_out[41] = data_in[17];
        data_out[42] = data_in[18];
        data_out[43] = data_in[19];
        data_out[44] = data_in[20];
        data_out[45] = data_in[21];
        data_out[46] = data_in[22];
        data_out[47] = data_in[23];
        data_out[48] = data_in[8];
        data_out[49] = data_in[9];
        data_out[50] = data_in[10];
        data_out[51] = data_in[11];
        data_out[52] = data_in[12];
        data_out[53] = data_in[13];
        data_out[54] = data_in[14];
        data_out[55] = data_in[15];
        data_out[56] = data_in[0];
        data_out[57] = data_in[1];
        data_out[58] = data_in[2];
        data_out[59] = data_in[3];
        data_out[60] = data_in[4];
        data_out[61] = data_in[5];
        data_out[62] = data_in[6];
        data_out[63] = data_in[7];
    end
endmodule // rx_parser$byte_swap


module rx_parser$checksum_bad(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_bad


module rx_parser$checksum_beat_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_beat_valid


module rx_parser$checksum_check(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_check


module rx_parser$checksum_combine(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_combine


module rx_parser$checksum_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_first


module rx_parser$checksum_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_last


module rx_parser$checksum_pair_a(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_pair_a


module rx_parser$checksum_pair_b(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_pair_b


module rx_parser$checksum_total(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_total


module rx_parser$checksum_total_a(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_total_a


module rx_parser$checksum_total_b(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum_total_b


module rx_parser$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    rx_parser$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    rx_parser$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    rx_parser$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    rx_parser$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    rx_parser$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    rx_parser$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    rx_parser$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    rx_parser$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    rx_parser$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // rx_parser$counters


module rx_parser$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$clear_index


module rx_parser$counters$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$clearing


module rx_parser$counters$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$held


module rx_parser$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$held_index


module rx_parser$counters$held_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$held_value


module rx_parser$counters$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$pending


module rx_parser$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$counters$pending_index


module rx_parser$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rx_parser$counters$shadow


module rx_parser$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rx_parser$counters$tally


module rx_parser$crc_current(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$crc_current


module rx_parser$crc_previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$crc_previous


module rx_parser$crc_word_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$crc_word_first


module rx_parser$crc_word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$crc_word_last


module rx_parser$crc_word_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$crc_word_valid


module rx_parser$descriptor(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor


module rx_parser$descriptor_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor_busy


module rx_parser$descriptor_load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor_load


module rx_parser$descriptor_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor_valid


module rx_parser$drain_prepare(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_prepare


module rx_parser$drain_tail(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_tail


module rx_parser$drain_tail_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_tail_keep


module rx_parser$drain_tail_lanes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_tail_lanes


module rx_parser$drain_tail_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_tail_pending


module rx_parser$drain_tail_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_tail_short


module rx_parser$drain_taken(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_taken


module rx_parser$drain_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_word


module rx_parser$drain_word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_word_last


module rx_parser$drain_word_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_word_pending


module rx_parser$drain_word_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$drain_word_short


module rx_parser$end_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_beat


module rx_parser$end_below_minimum(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_below_minimum


module rx_parser$end_flags$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_flags$0


module rx_parser$end_flags$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_flags$1


module rx_parser$end_flags$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_flags$2


module rx_parser$end_flags$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_flags$3


module rx_parser$end_flags$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_flags$4


module rx_parser$end_lanes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_lanes


module rx_parser$end_valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_valid$0


module rx_parser$end_valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_valid$1


module rx_parser$end_valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_valid$2


module rx_parser$end_valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_valid$3


module rx_parser$end_valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_valid$4


module rx_parser$flags(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$flags


module rx_parser$header(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header


module rx_parser$header_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header_done


module rx_parser$header_end_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header_end_beat


module rx_parser$header_end_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header_end_next


module rx_parser$icrc(clock,reset,word,word_valid,word_first,word_last,init,result_valid,result_ok,result_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] word;
    input wire  word_valid;
    input wire  word_first;
    input wire  word_last;
    input wire  [31:0] init;
    output reg  result_valid;
    output reg  result_ok;
    output reg  [31:0] result_crc;
    
    // Constant declarations
    localparam  residue = 32'hdebb20e3;
    
    // Stub signals
    reg  [63:0] word_term$data_in;
    wire  [31:0] word_term$data_out;
    reg  [31:0] register_term$data_in;
    wire  [31:0] register_term$data_out;
    reg  [63:0] word_q$d;
    wire  [63:0] word_q$q;
    reg  word_q$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  first_q$d;
    wire  first_q$q;
    reg  first_q$clock;
    reg  last_q$d;
    wire  last_q$q;
    reg  last_q$clock;
    reg  [31:0] init_q$d;
    wire  [31:0] init_q$q;
    reg  init_q$clock;
    reg  [31:0] term_q$d;
    wire  [31:0] term_q$q;
    reg  term_q$clock;
    reg  term_valid_q$d;
    wire  term_valid_q$q;
    reg  term_valid_q$clock;
    reg  term_last_q$d;
    wire  term_last_q$q;
    reg  term_last_q$clock;
    reg  [31:0] register$d;
    wire  [31:0] register$q;
    reg  register$clock;
    reg  check_q$d;
    wire  check_q$q;
    reg  check_q$clock;
    reg  result_valid_q$d;
    wire  result_valid_q$q;
    reg  result_valid_q$clock;
    reg  result_ok_q$d;
    wire  result_ok_q$q;
    reg  result_ok_q$clock;
    reg  [31:0] result_crc_q$d;
    wire  [31:0] result_crc_q$q;
    reg  result_crc_q$clock;
    
    // Sub module instances
    rx_parser$icrc$word_term word_term(
        .data_in(word_term$data_in),
        .data_out(word_term$data_out)
    );
    rx_parser$icrc$register_term register_term(
        .data_in(register_term$data_in),
        .data_out(register_term$data_out)
    );
    rx_parser$icrc$word_q word_q(
        .d(word_q$d),
        .q(word_q$q),
        .clock(word_q$clock)
    );
    rx_parser$icrc$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    rx_parser$icrc$first_q first_q(
        .d(first_q$d),
        .q(first_q$q),
        .clock(first_q$clock)
    );
    rx_parser$icrc$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    rx_parser$icrc$init_q init_q(
        .d(init_q$d),
        .q(init_q$q),
        .clock(init_q$clock)
    );
    rx_parser$icrc$term_q term_q(
        .d(term_q$d),
        .q(term_q$q),
        .clock(term_q$clock)
    );
    rx_parser$icrc$term_valid_q term_valid_q(
        .d(term_valid_q$d),
        .q(term_valid_q$q),
        .clock(term_valid_q$clock)
    );
    rx_parser$icrc$term_last_q term_last_q(
        .d(term_last_q$d),
        .q(term_last_q$q),
        .clock(term_last_q$clock)
    );
    rx_parser$icrc$register register(
        .d(register$d),
        .q(register$q),
        .clock(register$clock)
    );
    rx_parser$icrc$check_q check_q(
        .d(check_q$d),
        .q(check_q$q),
        .clock(check_q$clock)
    );
    rx_parser$icrc$result_valid_q result_valid_q(
        .d(result_valid_q$d),
        .q(result_valid_q$q),
        .clock(result_valid_q$clock)
    );
    rx_parser$icrc$result_ok_q result_ok_q(
        .d(result_ok_q$d),
        .q(result_ok_q$q),
        .clock(result_ok_q$clock)
    );
    rx_parser$icrc$result_crc_q result_crc_q(
        .d(result_crc_q$d),
        .q(result_crc_q$q),
        .clock(result_crc_q$clock)
    );
    
    // Update code
    always @(*) begin
        word_q$clock = clock;
        valid_q$clock = clock;
        first_q$clock = clock;
        last_q$clock = clock;
        init_q$clock = clock;
        term_q$clock = clock;
        term_valid_q$clock = clock;
        term_last_q$clock = clock;
        register$clock = clock;
        check_q$clock = clock;
        result_valid_q$clock = clock;
        result_ok_q$clock = clock;
        result_crc_q$clock = clock;
        word_q$d = word_q$q;
        valid_q$d = valid_q$q;
        first_q$d = first_q$q;
        last_q$d = last_q$q;
        init_q$d = init_q$q;
        term_q$d = term_q$q;
        term_valid_q$d = term_valid_q$q;
        term_last_q$d = term_last_q$q;
        register$d = register$q;
        check_q$d = check_q$q;
        result_valid_q$d = result_valid_q$q;
        result_ok_q$d = result_ok_q$q;
        result_crc_q$d = result_crc_q$q;
        word_q$d = word;
        valid_q$d = word_valid;
        first_q$d = word_valid & word_first;
        last_q$d = word_valid & word_last;
        init_q$d = init;
        word_term$data_in = word_q$q;
        term_q$d = word_term$data_out;
        term_valid_q$d = valid_q$q;
        term_last_q$d = last_q$q;
        register_term$data_in = register$q;
        if (term_valid_q$q) begin
            register$d = register_term$data_out ^ term_q$q;
        end
        else if (first_q$q) begin
            register$d = init_q$q;
        end
        check_q$d = term_valid_q$q & term_last_q$q;
        result_valid_q$d = check_q$q;
        result_ok_q$d = register$q == residue;
        result_valid = result_valid_q$q;
        result_crc_q$d = ~register$q;
        result_ok = result_ok_q$q;
        result_crc = result_crc_q$q;
        if (reset) begin
            valid_q$d = 1'b0;
            first_q$d = 1'b0;
            last_q$d = 1'b0;
            term_valid_q$d = 1'b0;
            term_last_q$d = 1'b0;
            check_q$d = 1'b0;
            result_valid_q$d = 1'b0;
        end
    end
    
endmodule // rx_parser$icrc


module rx_parser$icrc$check_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$check_q


module rx_parser$icrc$first_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$first_q


module rx_parser$icrc$init_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$init_q


module rx_parser$icrc$last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$last_q


module rx_parser$icrc$register(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$register


module rx_parser$icrc$register_term(data_in,data_out);
    
    // Module arguments
    input wire  [31:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31];
    end
endmodule // rx_parser$icrc$register_term


module rx_parser$icrc$result_crc_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$result_crc_q


module rx_parser$icrc$result_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$result_ok_q


module rx_parser$icrc$result_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$result_valid_q


module rx_parser$icrc$term_last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$term_last_q


module rx_parser$icrc$term_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$term_q


module rx_parser$icrc$term_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$term_valid_q


module rx_parser$icrc$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$valid_q


module rx_parser$icrc$word_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$word_q


module rx_parser$icrc$word_term(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[48] ^ data_in[52] ^ data_in[54] ^ data_in[55] ^ data_in[58];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[49] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[59];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[50] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[60];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[51] ^ data_in[55] ^ data_in[57] ^ data_in[58] ^ data_in[61];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[52] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[62];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[53] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[63];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[60] ^ data_in[61];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[61] ^ data_in[62];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[63];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[45] ^ data_in[46] ^ data_in[50] ^ data_in[53] ^ data_in[54] ^ data_in[58];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[42] ^ data_in[46] ^ data_in[47] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[59];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[43] ^ data_in[47] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[60];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[44] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[61];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[45] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[62];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[46] ^ data_in[50] ^ data_in[51] ^ data_in[55] ^ data_in[58] ^ data_in[59] ^ data_in[63];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[47] ^ data_in[48] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[60];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[37] ^ data_in[40] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[38] ^ data_in[41] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[50] ^ data_in[51] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[49] ^ data_in[51] ^ data_in[54] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[44] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[39] ^ data_in[40] ^ data_in[45] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[40] ^ data_in[41] ^ data_in[46] ^ data_in[51] ^ data_in[52] ^ data_in[53] ^ data_in[55] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[34] ^ data_in[35] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[47] ^ data_in[48] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[34] ^ data_in[35] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[48] ^ data_in[51] ^ data_in[52] ^ data_in[55] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[36] ^ data_in[38] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[37] ^ data_in[39] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[35] ^ data_in[36] ^ data_in[39] ^ data_in[46] ^ data_in[47] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[47] ^ data_in[51] ^ data_in[53] ^ data_in[54] ^ data_in[57] ^ data_in[63];
    end
endmodule // rx_parser$icrc$word_term


module rx_parser$icrc_inits(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg  [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'hee310a91;
      3'b1: data = 32'hff;
      3'b10: data = 32'h0;
      3'b11: data = 32'h2d02ef8d;
      3'b100: data = 32'hbe2612ff;
      3'b101: data = 32'hbe2612;
      3'b110: data = 32'hdebb20e3;
      3'b111: data = 32'h3f6bbdfd;
      default: data = 32'h0;
    endcase
            
endmodule // rx_parser$icrc_inits


module rx_parser$icrc_shift(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc_shift


module rx_parser$input_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [94:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [94:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [94:0] main_data$d;
    wire  [94:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [94:0] skid_data$d;
    wire  [94:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    rx_parser$input_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    rx_parser$input_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    rx_parser$input_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    rx_parser$input_slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // rx_parser$input_slice


module rx_parser$input_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$main_data


module rx_parser$input_slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$main_valid


module rx_parser$input_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$skid_data


module rx_parser$input_slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$skid_valid


module rx_parser$ip_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$ip_length


module rx_parser$keep_after_beat(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h0;
      5'b10: data = 8'h0;
      5'b11: data = 8'h0;
      5'b100: data = 8'h0;
      5'b101: data = 8'h0;
      5'b110: data = 8'h0;
      5'b111: data = 8'h0;
      5'b1000: data = 8'h0;
      5'b1001: data = 8'h1;
      5'b1010: data = 8'h3;
      5'b1011: data = 8'h7;
      5'b1100: data = 8'hf;
      5'b1101: data = 8'h1f;
      5'b1110: data = 8'h3f;
      5'b1111: data = 8'h7f;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // rx_parser$keep_after_beat


module rx_parser$keep_bytes(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0];
        data_out[1] = data_in[0];
        data_out[2] = data_in[0];
        data_out[3] = data_in[0];
        data_out[4] = data_in[0];
        data_out[5] = data_in[0];
        data_out[6] = data_in[0];
        data_out[7] = data_in[0];
        data_out[8] = data_in[1];
        data_out[9] = data_in[1];
        data_out[10] = data_in[1];
        data_out[11] = data_in[1];
        data_out[12] = data_in[1];
        data_out[13] = data_in[1];
        data_out[14] = data_in[1];
        data_out[15] = data_in[1];
        data_out[16] = data_in[2];
        data_out[17] = data_in[2];
        data_out[18] = data_in[2];
        data_out[19] = data_in[2];
        data_out[20] = data_in[2];
        data_out[21] = data_in[2];
        data_out[22] = data_in[2];
        data_out[23] = data_in[2];
        data_out[24] = data_in[3];
        data_out[25] = data_in[3];
        data_out[26] = data_in[3];
        data_out[27] = data_in[3];
        data_out[28] = data_in[3];
        data_out[29] = data_in[3];
        data_out[30] = data_in[3];
        data_out[31] = data_in[3];
        data_out[32] = data_in[4];
        data_out[33] = data_in[4];
        data_out[34] = data_in[4];
        data_out[35] = data_in[4];
        data_out[36] = data_in[4];
        data_out[37] = data_in[4];
        data_out[38] = data_in[4];
        data_out[39] = data_in[4];
        data_out[40] = data_in[5];
        data_out[41] = data_in[5];
        data_out[42] = data_in[5];
        data_out[43] = data_in[5];
        data_out[44] = data_in[5];
        data_out[45] = data_in[5];
        data_out[46] = data_in[5];
        data_out[47] = data_in[5];
        data_out[48] = data_in[6];
        data_out[49] = data_in[6];
        data_out[50] = data_in[6];
        data_out[51] = data_in[6];
        data_out[52] = data_in[6];
        data_out[53] = data_in[6];
        data_out[54] = data_in[6];
        data_out[55] = data_in[6];
        data_out[56] = data_in[7];
        data_out[57] = data_in[7];
        data_out[58] = data_in[7];
        data_out[59] = data_in[7];
        data_out[60] = data_in[7];
        data_out[61] = data_in[7];
        data_out[62] = data_in[7];
        data_out[63] = data_in[7];
    end
endmodule // rx_parser$keep_bytes


module rx_parser$keep_lanes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [3:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 4'h0;
      8'h1: data = 4'h1;
      8'h2: data = 4'h2;
      8'h3: data = 4'h2;
      8'h4: data = 4'h3;
      8'h5: data = 4'h3;
      8'h6: data = 4'h3;
      8'h7: data = 4'h3;
      8'h8: data = 4'h4;
      8'h9: data = 4'h4;
      8'ha: data = 4'h4;
      8'hb: data = 4'h4;
      8'hc: data = 4'h4;
      8'hd: data = 4'h4;
      8'he: data = 4'h4;
      8'hf: data = 4'h4;
      8'h10: data = 4'h5;
      8'h11: data = 4'h5;
      8'h12: data = 4'h5;
      8'h13: data = 4'h5;
      8'h14: data = 4'h5;
      8'h15: data = 4'h5;
      8'h16: data = 4'h5;
      8'h17: data = 4'h5;
      8'h18: data = 4'h5;
      8'h19: data = 4'h5;
      8'h1a: data = 4'h5;
      8'h1b: data = 4'h5;
      8'h1c: data = 4'h5;
      8'h1d: data = 4'h5;
      8'h1e: data = 4'h5;
      8'h1f: data = 4'h5;
      8'h20: data = 4'h6;
      8'h21: data = 4'h6;
      8'h22: data = 4'h6;
      8'h23: data = 4'h6;
      8'h24: data = 4'h6;
      8'h25: data = 4'h6;
      8'h26: data = 4'h6;
      8'h27: data = 4'h6;
      8'h28: data = 4'h6;
      8'h29: data = 4'h6;
      8'h2a: data = 4'h6;
      8'h2b: data = 4'h6;
      8'h2c: data = 4'h6;
      8'h2d: data = 4'h6;
      8'h2e: data = 4'h6;
      8'h2f: data = 4'h6;
      8'h30: data = 4'h6;
      8'h31: data = 4'h6;
      8'h32: data = 4'h6;
      8'h33: data = 4'h6;
      8'h34: data = 4'h6;
      8'h35: data = 4'h6;
      8'h36: data = 4'h6;
      8'h37: data = 4'h6;
      8'h38: data = 4'h6;
      8'h39: data = 4'h6;
      8'h3a: data = 4'h6;
      8'h3b: data = 4'h6;
      8'h3c: data = 4'h6;
      8'h3d: data = 4'h6;
      8'h3e: data = 4'h6;
      8'h3f: data = 4'h6;
      8'h40: data = 4'h7;
      8'h41: data = 4'h7;
      8'h42: data = 4'h7;
      8'h43: data = 4'h7;
      8'h44: data = 4'h7;
      8'h45: data = 4'h7;
      8'h46: data = 4'h7;
      8'h47: data = 4'h7;
      8'h48: data = 4'h7;
      8'h49: data = 4'h7;
      8'h4a: data = 4'h7;
      8'h4b: data = 4'h7;
      8'h4c: data = 4'h7;
      8'h4d: data = 4'h7;
      8'h4e: data = 4'h7;
      8'h4f: data = 4'h7;
      8'h50: data = 4'h7;
      8'h51: data = 4'h7;
      8'h52: data = 4'h7;
      8'h53: data = 4'h7;
      8'h54: data = 4'h7;
      8'h55: data = 4'h7;
      8'h56: data = 4'h7;
      8'h57: data = 4'h7;
      8'h58: data = 4'h7;
      8'h59: data = 4'h7;
      8'h5a: data = 4'h7;
      8'h5b: data = 4'h7;
      8'h5c: data = 4'h7;
      8'h5d: data = 4'h7;
      8'h5e: data = 4'h7;
      8'h5f: data = 4'h7;
      8'h60: data = 4'h7;
      8'h61: data = 4'h7;
      8'h62: data = 4'h7;
      8'h63: data = 4'h7;
      8'h64: data = 4'h7;
      8'h65: data = 4'h7;
      8'h66: data = 4'h7;
      8'h67: data = 4'h7;
      8'h68: data = 4'h7;
      8'h69: data = 4'h7;
      8'h6a: data = 4'h7;
      8'h6b: data = 4'h7;
      8'h6c: data = 4'h7;
      8'h6d: data = 4'h7;
      8'h6e: data = 4'h7;
      8'h6f: data = 4'h7;
      8'h70: data = 4'h7;
      8'h71: data = 4'h7;
      8'h72: data = 4'h7;
      8'h73: data = 4'h7;
      8'h74: data = 4'h7;
      8'h75: data = 4'h7;
      8'h76: data = 4'h7;
      8'h77: data = 4'h7;
      8'h78: data = 4'h7;
      8'h79: data = 4'h7;
      8'h7a: data = 4'h7;
      8'h7b: data = 4'h7;
      8'h7c: data = 4'h7;
      8'h7d: data = 4'h7;
      8'h7e: data = 4'h7;
      8'h7f: data = 4'h7;
      8'h80: data = 4'h8;
      8'h81: data = 4'h8;
      8'h82: data = 4'h8;
      8'h83: data = 4'h8;
      8'h84: data = 4'h8;
      8'h85: data = 4'h8;
      8'h86: data = 4'h8;
      8'h87: data = 4'h8;
      8'h88: data = 4'h8;
      8'h89: data = 4'h8;
      8'h8a: data = 4'h8;
      8'h8b: data = 4'h8;
      8'h8c: data = 4'h8;
      8'h8d: data = 4'h8;
      8'h8e: data = 4'h8;
      8'h8f: data = 4'h8;
      8'h90: data = 4'h8;
      8'h91: data = 4'h8;
      8'h92: data = 4'h8;
      8'h93: data = 4'h8;
      8'h94: data = 4'h8;
      8'h95: data = 4'h8;
      8'h96: data = 4'h8;
      8'h97: data = 4'h8;
      8'h98: data = 4'h8;
      8'h99: data = 4'h8;
      8'h9a: data = 4'h8;
      8'h9b: data = 4'h8;
      8'h9c: data = 4'h8;
      8'h9d: data = 4'h8;
      8'h9e: data = 4'h8;
      8'h9f: data = 4'h8;
      8'ha0: data = 4'h8;
      8'ha1: data = 4'h8;
      8'ha2: data = 4'h8;
      8'ha3: data = 4'h8;
      8'ha4: data = 4'h8;
      8'ha5: data = 4'h8;
      8'ha6: data = 4'h8;
      8'ha7: data = 4'h8;
      8'ha8: data = 4'h8;
      8'ha9: data = 4'h8;
      8'haa: data = 4'h8;
      8'hab: data = 4'h8;
      8'hac: data = 4'h8;
      8'had: data = 4'h8;
      8'hae: data = 4'h8;
      8'haf: data = 4'h8;
      8'hb0: data = 4'h8;
      8'hb1: data = 4'h8;
      8'hb2: data = 4'h8;
      8'hb3: data = 4'h8;
      8'hb4: data = 4'h8;
      8'hb5: data = 4'h8;
      8'hb6: data = 4'h8;
      8'hb7: data = 4'h8;
      8'hb8: data = 4'h8;
      8'hb9: data = 4'h8;
      8'hba: data = 4'h8;
      8'hbb: data = 4'h8;
      8'hbc: data = 4'h8;
      8'hbd: data = 4'h8;
      8'hbe: data = 4'h8;
      8'hbf: data = 4'h8;
      8'hc0: data = 4'h8;
      8'hc1: data = 4'h8;
      8'hc2: data = 4'h8;
      8'hc3: data = 4'h8;
      8'hc4: data = 4'h8;
      8'hc5: data = 4'h8;
      8'hc6: data = 4'h8;
      8'hc7: data = 4'h8;
      8'hc8: data = 4'h8;
      8'hc9: data = 4'h8;
      8'hca: data = 4'h8;
      8'hcb: data = 4'h8;
      8'hcc: data = 4'h8;
      8'hcd: data = 4'h8;
      8'hce: data = 4'h8;
      8'hcf: data = 4'h8;
      8'hd0: data = 4'h8;
      8'hd1: data = 4'h8;
      8'hd2: data = 4'h8;
      8'hd3: data = 4'h8;
      8'hd4: data = 4'h8;
      8'hd5: data = 4'h8;
      8'hd6: data = 4'h8;
      8'hd7: data = 4'h8;
      8'hd8: data = 4'h8;
      8'hd9: data = 4'h8;
      8'hda: data = 4'h8;
      8'hdb: data = 4'h8;
      8'hdc: data = 4'h8;
      8'hdd: data = 4'h8;
      8'hde: data = 4'h8;
      8'hdf: data = 4'h8;
      8'he0: data = 4'h8;
      8'he1: data = 4'h8;
      8'he2: data = 4'h8;
      8'he3: data = 4'h8;
      8'he4: data = 4'h8;
      8'he5: data = 4'h8;
      8'he6: data = 4'h8;
      8'he7: data = 4'h8;
      8'he8: data = 4'h8;
      8'he9: data = 4'h8;
      8'hea: data = 4'h8;
      8'heb: data = 4'h8;
      8'hec: data = 4'h8;
      8'hed: data = 4'h8;
      8'hee: data = 4'h8;
      8'hef: data = 4'h8;
      8'hf0: data = 4'h8;
      8'hf1: data = 4'h8;
      8'hf2: data = 4'h8;
      8'hf3: data = 4'h8;
      8'hf4: data = 4'h8;
      8'hf5: data = 4'h8;
      8'hf6: data = 4'h8;
      8'hf7: data = 4'h8;
      8'hf8: data = 4'h8;
      8'hf9: data = 4'h8;
      8'hfa: data = 4'h8;
      8'hfb: data = 4'h8;
      8'hfc: data = 4'h8;
      8'hfd: data = 4'h8;
      8'hfe: data = 4'h8;
      8'hff: data = 4'h8;
      default: data = 4'h0;
    endcase
            
endmodule // rx_parser$keep_lanes


module rx_parser$keep_of_room(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // rx_parser$keep_of_room


module rx_parser$last_beat_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$last_beat_busy


module rx_parser$middle_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$middle_keep


module rx_parser$middle_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$middle_last


module rx_parser$opcodes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [22:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 23'h332c03;
      8'h1: data = 23'h332c03;
      8'h2: data = 23'h332c05;
      8'h3: data = 23'h13b025;
      8'h4: data = 23'h332c07;
      8'h5: data = 23'h13b027;
      8'h6: data = 23'h343c0b;
      8'h7: data = 23'h332c03;
      8'h8: data = 23'h332c05;
      8'h9: data = 23'h13b025;
      8'ha: data = 23'h343c0f;
      8'hb: data = 23'h14c02f;
      8'hc: data = 23'h343c09;
      8'hd: data = 23'h13b013;
      8'he: data = 23'h332c03;
      8'hf: data = 23'h13b015;
      8'h10: data = 23'h13b017;
      8'h11: data = 23'h13b011;
      8'h16: data = 23'h13b045;
      8'h17: data = 23'h13b047;
      8'h64: data = 23'h33b487;
      8'h65: data = 23'h1438a7;
      8'h81: data = 23'h332c07;
      default: data = 23'h0;
    endcase
            
endmodule // rx_parser$opcodes


module rx_parser$pad_count(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$pad_count


module rx_parser$path_mtu(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$path_mtu


module rx_parser$payload_at_lane_two(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_at_lane_two


module rx_parser$payload_lane(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_lane


module rx_parser$payload_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_ok


module rx_parser$payload_open(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_open


module rx_parser$payload_remaining(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_remaining


module rx_parser$payload_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_room


module rx_parser$payload_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [73:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [73:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [73:0] main_data$d;
    wire  [73:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [73:0] skid_data$d;
    wire  [73:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    rx_parser$payload_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    rx_parser$payload_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    rx_parser$payload_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    rx_parser$payload_slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // rx_parser$payload_slice


module rx_parser$payload_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_slice$main_data


module rx_parser$payload_slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_slice$main_valid


module rx_parser$payload_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_slice$skid_data


module rx_parser$payload_slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_slice$skid_valid


module rx_parser$phase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$phase


module rx_parser$pkey(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$pkey


module rx_parser$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$previous


module rx_parser$remaining_small(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$remaining_small


module rx_parser$rule(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$rule


module rx_parser$staged_has_payload(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$staged_has_payload


module rx_parser$staged_payload_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$staged_payload_length


module rx_parser$thermometer(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // rx_parser$thermometer


module rx_parser$udp_length_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$udp_length_ok


module rx_parser$verdict(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict


module rx_parser$verdict_counted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict_counted


module rx_parser$verdict_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict_pending
