// rc_requester: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module rc_requester(clock,reset,timer_prescale,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_first_psn,cfg_mtu_shift,cfg_timeout,cfg_retry_limit,wr_valid,wr_ready,wr_qp,wr_kind,wr_length,wr_va,wr_rkey,wr_tag,s_axis_wr_tdata,s_axis_wr_tlast,s_axis_wr_tvalid,s_axis_wr_tready,tx_valid,tx_ready,tx_qp,tx_opcode,tx_psn,tx_ack_req,tx_reth_va,tx_reth_rkey,tx_reth_length,tx_ieth_rkey,tx_payload_length,m_axis_tx_tdata,m_axis_tx_tlast,m_axis_tx_tvalid,m_axis_tx_tready,resp_valid,resp_ready,resp_qp,resp_syndrome,resp_psn,resp_opcode,resp_payload_length,s_axis_resp_tdata,s_axis_resp_tlast,s_axis_resp_tvalid,s_axis_resp_tready,m_axis_read_tdata,m_axis_read_tlast,m_axis_read_tvalid,m_axis_read_tready,read_qp,read_tag,read_length,read_last,cpl_valid,cpl_ready,cpl_qp,cpl_tag,cpl_status,qp_error,counter_read_index,counter_read_value,counters_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] timer_prescale;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [1:0] cfg_qp;
    input wire  cfg_enable;
    input wire  [23:0] cfg_first_psn;
    input wire  [2:0] cfg_mtu_shift;
    input wire  [15:0] cfg_timeout;
    input wire  [3:0] cfg_retry_limit;
    input wire  wr_valid;
    output reg  wr_ready;
    input wire  [1:0] wr_qp;
    input wire  [1:0] wr_kind;
    input wire  [15:0] wr_length;
    input wire  [63:0] wr_va;
    input wire  [31:0] wr_rkey;
    input wire  [7:0] wr_tag;
    input wire  [63:0] s_axis_wr_tdata;
    input wire  s_axis_wr_tlast;
    input wire  s_axis_wr_tvalid;
    output reg  s_axis_wr_tready;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [1:0] tx_qp;
    output reg  [7:0] tx_opcode;
    output reg  [23:0] tx_psn;
    output reg  tx_ack_req;
    output reg  [63:0] tx_reth_va;
    output reg  [31:0] tx_reth_rkey;
    output reg  [31:0] tx_reth_length;
    output reg  [31:0] tx_ieth_rkey;
    output reg  [12:0] tx_payload_length;
    output reg  [63:0] m_axis_tx_tdata;
    output reg  m_axis_tx_tlast;
    output reg  m_axis_tx_tvalid;
    input wire  m_axis_tx_tready;
    input wire  resp_valid;
    output reg  resp_ready;
    input wire  [1:0] resp_qp;
    input wire  [7:0] resp_syndrome;
    input wire  [23:0] resp_psn;
    input wire  [7:0] resp_opcode;
    input wire  [12:0] resp_payload_length;
    input wire  [63:0] s_axis_resp_tdata;
    input wire  s_axis_resp_tlast;
    input wire  s_axis_resp_tvalid;
    output reg  s_axis_resp_tready;
    output reg  [63:0] m_axis_read_tdata;
    output reg  m_axis_read_tlast;
    output reg  m_axis_read_tvalid;
    input wire  m_axis_read_tready;
    output reg  [1:0] read_qp;
    output reg  [7:0] read_tag;
    output reg  [12:0] read_length;
    output reg  read_last;
    output reg  cpl_valid;
    input wire  cpl_ready;
    output reg  [1:0] cpl_qp;
    output reg  [7:0] cpl_tag;
    output reg  [2:0] cpl_status;
    output reg  [3:0] qp_error;
    input wire  [4:0] counter_read_index;
    output reg  [31:0] counter_read_value;
    output reg  counters_ready;
    
    // Constant declarations
    localparam  slot_shift = 8'h3;
    localparam  slot_mask = 8'h7;
    localparam  empty_context = 199'h0;
    localparam  one_tick = 16'h1;
    localparam  no_ticks = 16'h0;
    localparam  first_qp = 2'b0;
    localparam  one_qp = 2'b1;
    localparam  last_qp = 2'b11;
    localparam  qp_0_bit = 4'h1;
    localparam  no_qps = 4'h0;
    localparam  event_completed = 5'b1001;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    localparam RequesterTask$Publish = 0;
    localparam RequesterTask$Respond = 1;
    localparam RequesterTask$Admit = 2;
    localparam RequesterTask$Send = 3;
    localparam RequesterTask$Timer = 4;
    
    // Stub signals
    reg  [1:0] contexts$read_address;
    reg  contexts$read_clock;
    wire  [198:0] contexts$read_data;
    reg  [1:0] contexts$write_address;
    reg  contexts$write_clock;
    reg  [198:0] contexts$write_data;
    reg  contexts$write_enable;
    reg  [4:0] messages$read_address;
    reg  messages$read_clock;
    wire  [185:0] messages$read_data;
    reg  [4:0] messages$write_address;
    reg  messages$write_clock;
    reg  [185:0] messages$write_data;
    reg  messages$write_enable;
    reg  [11:0] ring$read_address;
    reg  ring$read_clock;
    wire  [63:0] ring$read_data;
    reg  [11:0] ring$write_address;
    reg  ring$write_clock;
    reg  [63:0] ring$write_data;
    reg  ring$write_enable;
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  copier$clock;
    reg  copier$reset;
    reg  copier$start;
    reg  copier$start_empty;
    reg  [1:0] copier$start_qp;
    reg  [15:0] copier$start_word;
    reg  [15:0] copier$start_words;
    reg  [23:0] copier$start_packets;
    reg  [7:0] copier$start_tag;
    reg  copier$discard;
    reg  copier$published;
    reg  [63:0] copier$s_axis_wr_tdata;
    reg  copier$s_axis_wr_tlast;
    reg  copier$s_axis_wr_tvalid;
    wire  copier$s_axis_wr_tready;
    wire  copier$ring_write_enable;
    wire  [11:0] copier$ring_write_address;
    wire  [63:0] copier$ring_write_data;
    wire  copier$busy;
    wire  copier$done;
    wire  copier$failed;
    wire  [1:0] copier$qp;
    wire  [7:0] copier$tag;
    wire  [15:0] copier$words;
    wire  [23:0] copier$packets;
    reg  mover$clock;
    reg  mover$reset;
    reg  mover$load;
    reg  [213:0] mover$load_fields;
    reg  [1:0] mover$load_qp;
    reg  [15:0] mover$load_word;
    reg  [9:0] mover$load_words;
    wire  mover$can_load;
    wire  mover$streaming_hold;
    wire  [1:0] mover$streaming_qp;
    wire  [15:0] mover$streaming_word;
    wire  mover$queued_hold;
    wire  [1:0] mover$queued_qp;
    wire  [15:0] mover$queued_word;
    wire  [11:0] mover$ring_read_address;
    reg  [63:0] mover$ring_read_data;
    wire  mover$tx_valid;
    reg  mover$tx_ready;
    wire  [1:0] mover$tx_qp;
    wire  [7:0] mover$tx_opcode;
    wire  [23:0] mover$tx_psn;
    wire  mover$tx_ack_req;
    wire  [63:0] mover$tx_reth_va;
    wire  [31:0] mover$tx_reth_rkey;
    wire  [31:0] mover$tx_reth_length;
    wire  [31:0] mover$tx_ieth_rkey;
    wire  [12:0] mover$tx_payload_length;
    wire  [63:0] mover$m_axis_tx_tdata;
    wire  mover$m_axis_tx_tlast;
    wire  mover$m_axis_tx_tvalid;
    reg  mover$m_axis_tx_tready;
    reg  read_pass$clock;
    reg  read_pass$reset;
    reg  read_pass$load;
    reg  read_pass$load_busy;
    reg  read_pass$load_deliver;
    reg  read_pass$load_message_end;
    reg  [1:0] read_pass$load_qp;
    reg  [7:0] read_pass$load_tag;
    reg  [12:0] read_pass$load_length;
    wire  read_pass$busy;
    reg  [63:0] read_pass$s_axis_resp_tdata;
    reg  read_pass$s_axis_resp_tlast;
    reg  read_pass$s_axis_resp_tvalid;
    wire  read_pass$s_axis_resp_tready;
    wire  [63:0] read_pass$m_axis_read_tdata;
    wire  read_pass$m_axis_read_tlast;
    wire  read_pass$m_axis_read_tvalid;
    reg  read_pass$m_axis_read_tready;
    wire  [1:0] read_pass$read_qp;
    wire  [7:0] read_pass$read_tag;
    wire  [12:0] read_pass$read_length;
    wire  read_pass$read_last;
    reg  completions$clock;
    reg  completions$reset;
    wire  completions$free;
    reg  completions$load;
    reg  [1:0] completions$load_qp;
    reg  [7:0] completions$load_tag;
    reg  [2:0] completions$load_status;
    wire  completions$cpl_valid;
    reg  completions$cpl_ready;
    wire  [1:0] completions$cpl_qp;
    wire  [7:0] completions$cpl_tag;
    wire  [2:0] completions$cpl_status;
    reg  sender$clock;
    reg  [3:0] sender$step;
    wire  sender$active;
    reg  [1:0] sender$qp;
    reg  [198:0] sender$qp_context;
    reg  [7:0] sender$loading_slot_head;
    reg  [7:0] sender$loading_slot_tail;
    reg  [15:0] sender$loading_ring_write;
    reg  [15:0] sender$loading_ring_release;
    reg  [2:0] sender$loading_mtu_shift;
    reg  [185:0] sender$send_message;
    reg  [15:0] sender$now;
    reg  [15:0] sender$wr_length;
    reg  [1:0] sender$wr_kind;
    reg  [63:0] sender$wr_va;
    reg  [31:0] sender$wr_rkey;
    reg  [7:0] sender$wr_tag;
    reg  sender$copy_failed;
    reg  [7:0] sender$copy_tag;
    reg  [15:0] sender$copy_words;
    reg  [23:0] sender$copy_packets;
    reg  sender$completion_free;
    reg  sender$streaming_hold;
    reg  [1:0] sender$streaming_qp;
    reg  [15:0] sender$streaming_word;
    reg  sender$queued_hold;
    reg  [1:0] sender$queued_qp;
    reg  [15:0] sender$queued_word;
    reg  sender$count_event;
    reg  [4:0] sender$count_which;
    wire  [198:0] sender$qp_context_next;
    wire  [3:0] sender$step_next;
    wire  sender$count_event_next;
    wire  [4:0] sender$count_which_next;
    wire  sender$wr_accept;
    wire  sender$admit_block;
    wire  sender$message_write;
    wire  [185:0] sender$message_record;
    wire  sender$copy_start;
    wire  sender$copy_empty;
    wire  [15:0] sender$wr_words;
    wire  [23:0] sender$wr_packets;
    wire  sender$copy_discard;
    wire  sender$copy_published;
    wire  sender$complete;
    wire  [7:0] sender$complete_tag;
    wire  [2:0] sender$complete_status;
    wire  sender$packet_load;
    wire  [213:0] sender$packet_fields;
    wire  [15:0] sender$packet_word;
    wire  [9:0] sender$packet_words;
    reg  acks$clock;
    reg  [3:0] acks$step;
    reg  [198:0] acks$qp_context;
    reg  [185:0] acks$head;
    reg  [15:0] acks$now;
    reg  acks$capture;
    reg  [7:0] acks$resp_syndrome;
    reg  [23:0] acks$resp_psn;
    reg  [7:0] acks$resp_opcode;
    reg  [12:0] acks$resp_payload_length;
    reg  acks$completion_free;
    reg  acks$count_event;
    reg  [4:0] acks$count_which;
    wire  [198:0] acks$qp_context_next;
    wire  [3:0] acks$step_next;
    wire  acks$count_event_next;
    wire  [4:0] acks$count_which_next;
    wire  acks$count_completed;
    wire  acks$complete;
    wire  [2:0] acks$complete_status;
    wire  acks$read_load;
    wire  acks$read_busy;
    wire  acks$read_deliver;
    wire  acks$read_message_end;
    wire  [12:0] acks$read_length;
    wire  acks$admit_unblock;
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [2:0] engine_task$d;
    wire  [2:0] engine_task$q;
    reg  engine_task$clock;
    reg  [1:0] qp$d;
    wire  [1:0] qp$q;
    reg  qp$clock;
    reg  [198:0] qp_state$d;
    wire  [198:0] qp_state$q;
    reg  qp_state$clock;
    reg  [3:0] pending$d;
    wire  [3:0] pending$q;
    reg  pending$clock;
    reg  [3:0] errors$d;
    wire  [3:0] errors$q;
    reg  errors$clock;
    reg  [1:0] send_scan$d;
    wire  [1:0] send_scan$q;
    reg  send_scan$clock;
    reg  [1:0] timer_scan$d;
    wire  [1:0] timer_scan$q;
    reg  timer_scan$clock;
    reg  [1:0] clear_qp$d;
    wire  [1:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  admit_blocked$d;
    wire  admit_blocked$q;
    reg  admit_blocked$clock;
    reg  count_event$d;
    wire  count_event$q;
    reg  count_event$clock;
    reg  [4:0] count_which$d;
    wire  [4:0] count_which$q;
    reg  count_which$clock;
    reg  [15:0] prescale$d;
    wire  [15:0] prescale$q;
    reg  prescale$clock;
    reg  [15:0] now$d;
    wire  [15:0] now$q;
    reg  now$clock;
    
    // Local signals
    reg  [4:0] qp_slots;
    reg  [4:0] head_slot;
    reg  [4:0] tail_slot;
    reg  [4:0] send_slot;
    
    // Sub module instances
    rc_requester$contexts contexts(
        .read_address(contexts$read_address),
        .read_clock(contexts$read_clock),
        .read_data(contexts$read_data),
        .write_address(contexts$write_address),
        .write_clock(contexts$write_clock),
        .write_data(contexts$write_data),
        .write_enable(contexts$write_enable)
    );
    rc_requester$messages messages(
        .read_address(messages$read_address),
        .read_clock(messages$read_clock),
        .read_data(messages$read_data),
        .write_address(messages$write_address),
        .write_clock(messages$write_clock),
        .write_data(messages$write_data),
        .write_enable(messages$write_enable)
    );
    rc_requester$ring ring(
        .read_address(ring$read_address),
        .read_clock(ring$read_clock),
        .read_data(ring$read_data),
        .write_address(ring$write_address),
        .write_clock(ring$write_clock),
        .write_data(ring$write_data),
        .write_enable(ring$write_enable)
    );
    rc_requester$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    rc_requester$copier copier(
        .clock(copier$clock),
        .reset(copier$reset),
        .start(copier$start),
        .start_empty(copier$start_empty),
        .start_qp(copier$start_qp),
        .start_word(copier$start_word),
        .start_words(copier$start_words),
        .start_packets(copier$start_packets),
        .start_tag(copier$start_tag),
        .discard(copier$discard),
        .published(copier$published),
        .s_axis_wr_tdata(copier$s_axis_wr_tdata),
        .s_axis_wr_tlast(copier$s_axis_wr_tlast),
        .s_axis_wr_tvalid(copier$s_axis_wr_tvalid),
        .s_axis_wr_tready(copier$s_axis_wr_tready),
        .ring_write_enable(copier$ring_write_enable),
        .ring_write_address(copier$ring_write_address),
        .ring_write_data(copier$ring_write_data),
        .busy(copier$busy),
        .done(copier$done),
        .failed(copier$failed),
        .qp(copier$qp),
        .tag(copier$tag),
        .words(copier$words),
        .packets(copier$packets)
    );
    rc_requester$mover mover(
        .clock(mover$clock),
        .reset(mover$reset),
        .load(mover$load),
        .load_fields(mover$load_fields),
        .load_qp(mover$load_qp),
        .load_word(mover$load_word),
        .load_words(mover$load_words),
        .can_load(mover$can_load),
        .streaming_hold(mover$streaming_hold),
        .streaming_qp(mover$streaming_qp),
        .streaming_word(mover$streaming_word),
        .queued_hold(mover$queued_hold),
        .queued_qp(mover$queued_qp),
        .queued_word(mover$queued_word),
        .ring_read_address(mover$ring_read_address),
        .ring_read_data(mover$ring_read_data),
        .tx_valid(mover$tx_valid),
        .tx_ready(mover$tx_ready),
        .tx_qp(mover$tx_qp),
        .tx_opcode(mover$tx_opcode),
        .tx_psn(mover$tx_psn),
        .tx_ack_req(mover$tx_ack_req),
        .tx_reth_va(mover$tx_reth_va),
        .tx_reth_rkey(mover$tx_reth_rkey),
        .tx_reth_length(mover$tx_reth_length),
        .tx_ieth_rkey(mover$tx_ieth_rkey),
        .tx_payload_length(mover$tx_payload_length),
        .m_axis_tx_tdata(mover$m_axis_tx_tdata),
        .m_axis_tx_tlast(mover$m_axis_tx_tlast),
        .m_axis_tx_tvalid(mover$m_axis_tx_tvalid),
        .m_axis_tx_tready(mover$m_axis_tx_tready)
    );
    rc_requester$read_pass read_pass(
        .clock(read_pass$clock),
        .reset(read_pass$reset),
        .load(read_pass$load),
        .load_busy(read_pass$load_busy),
        .load_deliver(read_pass$load_deliver),
        .load_message_end(read_pass$load_message_end),
        .load_qp(read_pass$load_qp),
        .load_tag(read_pass$load_tag),
        .load_length(read_pass$load_length),
        .busy(read_pass$busy),
        .s_axis_resp_tdata(read_pass$s_axis_resp_tdata),
        .s_axis_resp_tlast(read_pass$s_axis_resp_tlast),
        .s_axis_resp_tvalid(read_pass$s_axis_resp_tvalid),
        .s_axis_resp_tready(read_pass$s_axis_resp_tready),
        .m_axis_read_tdata(read_pass$m_axis_read_tdata),
        .m_axis_read_tlast(read_pass$m_axis_read_tlast),
        .m_axis_read_tvalid(read_pass$m_axis_read_tvalid),
        .m_axis_read_tready(read_pass$m_axis_read_tready),
        .read_qp(read_pass$read_qp),
        .read_tag(read_pass$read_tag),
        .read_length(read_pass$read_length),
        .read_last(read_pass$read_last)
    );
    rc_requester$completions completions(
        .clock(completions$clock),
        .reset(completions$reset),
        .free(completions$free),
        .load(completions$load),
        .load_qp(completions$load_qp),
        .load_tag(completions$load_tag),
        .load_status(completions$load_status),
        .cpl_valid(completions$cpl_valid),
        .cpl_ready(completions$cpl_ready),
        .cpl_qp(completions$cpl_qp),
        .cpl_tag(completions$cpl_tag),
        .cpl_status(completions$cpl_status)
    );
    rc_requester$sender sender(
        .clock(sender$clock),
        .step(sender$step),
        .active(sender$active),
        .qp(sender$qp),
        .qp_context(sender$qp_context),
        .loading_slot_head(sender$loading_slot_head),
        .loading_slot_tail(sender$loading_slot_tail),
        .loading_ring_write(sender$loading_ring_write),
        .loading_ring_release(sender$loading_ring_release),
        .loading_mtu_shift(sender$loading_mtu_shift),
        .send_message(sender$send_message),
        .now(sender$now),
        .wr_length(sender$wr_length),
        .wr_kind(sender$wr_kind),
        .wr_va(sender$wr_va),
        .wr_rkey(sender$wr_rkey),
        .wr_tag(sender$wr_tag),
        .copy_failed(sender$copy_failed),
        .copy_tag(sender$copy_tag),
        .copy_words(sender$copy_words),
        .copy_packets(sender$copy_packets),
        .completion_free(sender$completion_free),
        .streaming_hold(sender$streaming_hold),
        .streaming_qp(sender$streaming_qp),
        .streaming_word(sender$streaming_word),
        .queued_hold(sender$queued_hold),
        .queued_qp(sender$queued_qp),
        .queued_word(sender$queued_word),
        .count_event(sender$count_event),
        .count_which(sender$count_which),
        .qp_context_next(sender$qp_context_next),
        .step_next(sender$step_next),
        .count_event_next(sender$count_event_next),
        .count_which_next(sender$count_which_next),
        .wr_accept(sender$wr_accept),
        .admit_block(sender$admit_block),
        .message_write(sender$message_write),
        .message_record(sender$message_record),
        .copy_start(sender$copy_start),
        .copy_empty(sender$copy_empty),
        .wr_words(sender$wr_words),
        .wr_packets(sender$wr_packets),
        .copy_discard(sender$copy_discard),
        .copy_published(sender$copy_published),
        .complete(sender$complete),
        .complete_tag(sender$complete_tag),
        .complete_status(sender$complete_status),
        .packet_load(sender$packet_load),
        .packet_fields(sender$packet_fields),
        .packet_word(sender$packet_word),
        .packet_words(sender$packet_words)
    );
    rc_requester$acks acks(
        .clock(acks$clock),
        .step(acks$step),
        .qp_context(acks$qp_context),
        .head(acks$head),
        .now(acks$now),
        .capture(acks$capture),
        .resp_syndrome(acks$resp_syndrome),
        .resp_psn(acks$resp_psn),
        .resp_opcode(acks$resp_opcode),
        .resp_payload_length(acks$resp_payload_length),
        .completion_free(acks$completion_free),
        .count_event(acks$count_event),
        .count_which(acks$count_which),
        .qp_context_next(acks$qp_context_next),
        .step_next(acks$step_next),
        .count_event_next(acks$count_event_next),
        .count_which_next(acks$count_which_next),
        .count_completed(acks$count_completed),
        .complete(acks$complete),
        .complete_status(acks$complete_status),
        .read_load(acks$read_load),
        .read_busy(acks$read_busy),
        .read_deliver(acks$read_deliver),
        .read_message_end(acks$read_message_end),
        .read_length(acks$read_length),
        .admit_unblock(acks$admit_unblock)
    );
    rc_requester$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    rc_requester$engine_task engine_task(
        .d(engine_task$d),
        .q(engine_task$q),
        .clock(engine_task$clock)
    );
    rc_requester$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    rc_requester$qp_state qp_state(
        .d(qp_state$d),
        .q(qp_state$q),
        .clock(qp_state$clock)
    );
    rc_requester$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    rc_requester$errors errors(
        .d(errors$d),
        .q(errors$q),
        .clock(errors$clock)
    );
    rc_requester$send_scan send_scan(
        .d(send_scan$d),
        .q(send_scan$q),
        .clock(send_scan$clock)
    );
    rc_requester$timer_scan timer_scan(
        .d(timer_scan$d),
        .q(timer_scan$q),
        .clock(timer_scan$clock)
    );
    rc_requester$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    rc_requester$admit_blocked admit_blocked(
        .d(admit_blocked$d),
        .q(admit_blocked$q),
        .clock(admit_blocked$clock)
    );
    rc_requester$count_event count_event(
        .d(count_event$d),
        .q(count_event$q),
        .clock(count_event$clock)
    );
    rc_requester$count_which count_which(
        .d(count_which$d),
        .q(count_which$q),
        .clock(count_which$clock)
    );
    rc_requester$prescale prescale(
        .d(prescale$d),
        .q(prescale$q),
        .clock(prescale$clock)
    );
    rc_requester$now now(
        .d(now$d),
        .q(now$q),
        .clock(now$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        engine_task$clock = clock;
        qp$clock = clock;
        qp_state$clock = clock;
        pending$clock = clock;
        errors$clock = clock;
        send_scan$clock = clock;
        timer_scan$clock = clock;
        clear_qp$clock = clock;
        admit_blocked$clock = clock;
        count_event$clock = clock;
        count_which$clock = clock;
        prescale$clock = clock;
        now$clock = clock;
        step$d = step$q;
        engine_task$d = engine_task$q;
        qp$d = qp$q;
        qp_state$d = qp_state$q;
        pending$d = pending$q;
        errors$d = errors$q;
        send_scan$d = send_scan$q;
        timer_scan$d = timer_scan$q;
        clear_qp$d = clear_qp$q;
        admit_blocked$d = admit_blocked$q;
        count_event$d = count_event$q;
        count_which$d = count_which$q;
        prescale$d = prescale$q;
        now$d = now$q;
        counters$clock = clock;
        copier$clock = clock;
        mover$clock = clock;
        read_pass$clock = clock;
        completions$clock = clock;
        sender$clock = clock;
        acks$clock = clock;
        contexts$read_clock = clock;
        contexts$write_clock = clock;
        messages$read_clock = clock;
        messages$write_clock = clock;
        ring$read_clock = clock;
        ring$write_clock = clock;
        counters$reset = reset;
        counters$read_index = counter_read_index;
        counter_read_value = counters$read_value;
        counters_ready = counters$ready;
        counters$count = 1'b0;
        counters$count_index = count_which$q;
        qp_error = errors$q;
        prescale$d = prescale$q + one_tick;
        if (prescale$q == timer_prescale) begin
            prescale$d = no_ticks;
            now$d = now$q + one_tick;
        end
        copier$reset = reset;
        copier$s_axis_wr_tdata = s_axis_wr_tdata;
        copier$s_axis_wr_tlast = s_axis_wr_tlast;
        copier$s_axis_wr_tvalid = s_axis_wr_tvalid;
        s_axis_wr_tready = copier$s_axis_wr_tready;
        ring$write_enable = copier$ring_write_enable;
        ring$write_address = copier$ring_write_address;
        ring$write_data = copier$ring_write_data;
        mover$reset = reset;
        ring$read_address = mover$ring_read_address;
        mover$ring_read_data = ring$read_data;
        tx_valid = mover$tx_valid;
        mover$tx_ready = tx_ready;
        tx_qp = mover$tx_qp;
        tx_opcode = mover$tx_opcode;
        tx_psn = mover$tx_psn;
        tx_ack_req = mover$tx_ack_req;
        tx_reth_va = mover$tx_reth_va;
        tx_reth_rkey = mover$tx_reth_rkey;
        tx_reth_length = mover$tx_reth_length;
        tx_ieth_rkey = mover$tx_ieth_rkey;
        tx_payload_length = mover$tx_payload_length;
        m_axis_tx_tdata = mover$m_axis_tx_tdata;
        m_axis_tx_tlast = mover$m_axis_tx_tlast;
        m_axis_tx_tvalid = mover$m_axis_tx_tvalid;
        mover$m_axis_tx_tready = m_axis_tx_tready;
        read_pass$reset = reset;
        read_pass$s_axis_resp_tdata = s_axis_resp_tdata;
        read_pass$s_axis_resp_tlast = s_axis_resp_tlast;
        read_pass$s_axis_resp_tvalid = s_axis_resp_tvalid;
        s_axis_resp_tready = read_pass$s_axis_resp_tready;
        m_axis_read_tdata = read_pass$m_axis_read_tdata;
        m_axis_read_tlast = read_pass$m_axis_read_tlast;
        m_axis_read_tvalid = read_pass$m_axis_read_tvalid;
        read_pass$m_axis_read_tready = m_axis_read_tready;
        read_qp = read_pass$read_qp;
        read_tag = read_pass$read_tag;
        read_length = read_pass$read_length;
        read_last = read_pass$read_last;
        completions$reset = reset;
        cpl_valid = completions$cpl_valid;
        completions$cpl_ready = cpl_ready;
        cpl_qp = completions$cpl_qp;
        cpl_tag = completions$cpl_tag;
        cpl_status = completions$cpl_status;
        contexts$read_address = qp$q;
        contexts$write_enable = 1'b0;
        contexts$write_address = qp$q;
        contexts$write_data = qp_state$q;
        qp_slots = ((qp$q) & 5'h1f) << slot_shift;
        head_slot = ((qp_state$q[(64'h64)+:(8)] & slot_mask) & 5'h1f);
        tail_slot = ((qp_state$q[(64'h74)+:(8)] & slot_mask) & 5'h1f);
        send_slot = ((contexts$read_data[(64'h6c)+:(8)] & slot_mask) & 5'h1f);
        messages$read_address = qp_slots | head_slot;
        messages$write_enable = sender$message_write;
        messages$write_address = qp_slots | tail_slot;
        messages$write_data = sender$message_record;
        cfg_ready = 1'b0;
        wr_ready = sender$wr_accept;
        resp_ready = 1'b0;
        sender$step = step$q;
        sender$qp = qp$q;
        sender$qp_context = qp_state$q;
        sender$loading_slot_head = contexts$read_data[(64'h64)+:(8)];
        sender$loading_slot_tail = contexts$read_data[(64'h74)+:(8)];
        sender$loading_ring_write = contexts$read_data[(64'h7c)+:(16)];
        sender$loading_ring_release = contexts$read_data[(64'h8c)+:(16)];
        sender$loading_mtu_shift = contexts$read_data[(64'ha4)+:(3)];
        sender$send_message = messages$read_data;
        sender$now = now$q;
        sender$wr_length = wr_length;
        sender$wr_kind = wr_kind;
        sender$wr_va = wr_va;
        sender$wr_rkey = wr_rkey;
        sender$wr_tag = wr_tag;
        sender$copy_failed = copier$failed;
        sender$copy_tag = copier$tag;
        sender$copy_words = copier$words;
        sender$copy_packets = copier$packets;
        sender$completion_free = completions$free;
        sender$streaming_hold = mover$streaming_hold;
        sender$streaming_qp = mover$streaming_qp;
        sender$streaming_word = mover$streaming_word;
        sender$queued_hold = mover$queued_hold;
        sender$queued_qp = mover$queued_qp;
        sender$queued_word = mover$queued_word;
        sender$count_event = count_event$q;
        sender$count_which = count_which$q;
        copier$start = sender$copy_start;
        copier$start_empty = sender$copy_empty;
        copier$start_qp = qp$q;
        copier$start_word = qp_state$q[(64'h7c)+:(16)];
        copier$start_words = sender$wr_words;
        copier$start_packets = sender$wr_packets;
        copier$start_tag = wr_tag;
        copier$discard = sender$copy_discard;
        copier$published = sender$copy_published;
        mover$load = sender$packet_load;
        mover$load_fields = sender$packet_fields;
        mover$load_qp = qp$q;
        mover$load_word = sender$packet_word;
        mover$load_words = sender$packet_words;
        completions$load = 1'b0;
        completions$load_qp = qp$q;
        completions$load_tag = messages$read_data[(64'ha2)+:(8)];
        completions$load_status = acks$complete_status;
        read_pass$load = 1'b0;
        read_pass$load_busy = acks$read_busy;
        read_pass$load_deliver = acks$read_deliver;
        read_pass$load_message_end = acks$read_message_end;
        read_pass$load_qp = qp$q;
        read_pass$load_tag = messages$read_data[(64'ha2)+:(8)];
        read_pass$load_length = acks$read_length;
        acks$step = step$q;
        acks$qp_context = qp_state$q;
        acks$head = messages$read_data;
        acks$now = now$q;
        acks$capture = 1'b0;
        acks$resp_syndrome = resp_syndrome;
        acks$resp_psn = resp_psn;
        acks$resp_opcode = resp_opcode;
        acks$resp_payload_length = resp_payload_length;
        acks$completion_free = completions$free;
        acks$count_event = count_event$q;
        acks$count_which = count_which$q;
        if (~pending$q[send_scan$q]) begin
            send_scan$d = send_scan$q + one_qp;
        end
        case (step$q)
            RequesterStep$Clear:
                begin
                    contexts$write_enable = 1'b1;
                    contexts$write_address = clear_qp$q;
                    contexts$write_data = empty_context;
                    if (clear_qp$q != last_qp) begin
                        clear_qp$d = clear_qp$q + one_qp;
                    end
                    else if (counters$ready) begin
                        step$d = RequesterStep$Idle;
                    end
                end
            RequesterStep$Idle:
                begin
                    count_event$d = 1'b0;
                    cfg_ready = ~copier$busy & ~copier$done;
                    if (cfg_valid & cfg_ready) begin
                        contexts$write_enable = 1'b1;
                        contexts$write_address = cfg_qp;
                        contexts$write_data = empty_context;
                        contexts$write_data[(64'h0)+:(1)] = cfg_enable;
                        contexts$write_data[(64'h4)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'h1c)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'h34)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'h4c)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'ha4)+:(3)] = cfg_mtu_shift;
                        contexts$write_data[(64'ha7)+:(16)] = cfg_timeout;
                        contexts$write_data[(64'ha0)+:(4)] = cfg_retry_limit;
                        contexts$write_data[(64'hb7)+:(16)] = now$q;
                        pending$d = pending$q & ~(qp_0_bit << ((cfg_qp) & 4'hf));
                        errors$d = errors$q & ~(qp_0_bit << ((cfg_qp) & 4'hf));
                        admit_blocked$d = 1'b0;
                    end
                    else if (copier$done) begin
                        engine_task$d = RequesterTask$Publish;
                        qp$d = copier$qp;
                        contexts$read_address = copier$qp;
                        step$d = RequesterStep$LoadContext;
                    end
                    else if (resp_valid & ~read_pass$busy) begin
                        engine_task$d = RequesterTask$Respond;
                        qp$d = resp_qp;
                        acks$capture = 1'b1;
                        resp_ready = 1'b1;
                        contexts$read_address = resp_qp;
                        step$d = RequesterStep$LoadContext;
                    end
                    else if (pending$q[send_scan$q] & mover$can_load) begin
                        engine_task$d = RequesterTask$Send;
                        send_scan$d = send_scan$q + one_qp;
                        qp$d = send_scan$q;
                        contexts$read_address = send_scan$q;
                        step$d = RequesterStep$LoadContext;
                    end
                    else if (wr_valid & ~copier$busy & ~admit_blocked$q) begin
                        engine_task$d = RequesterTask$Admit;
                        qp$d = wr_qp;
                        contexts$read_address = wr_qp;
                        step$d = RequesterStep$LoadContext;
                    end
                    else begin
                        engine_task$d = RequesterTask$Timer;
                        qp$d = timer_scan$q;
                        timer_scan$d = timer_scan$q + one_qp;
                        contexts$read_address = timer_scan$q;
                        step$d = RequesterStep$LoadContext;
                    end
                end
            RequesterStep$LoadContext:
                begin
                    qp_state$d = contexts$read_data;
                    messages$read_address = qp_slots | send_slot;
                    case (engine_task$q)
                        RequesterTask$Publish:
                            begin
                                step$d = RequesterStep$Publish;
                            end
                        RequesterTask$Respond:
                            begin
                                step$d = RequesterStep$Respond;
                            end
                        RequesterTask$Admit:
                            begin
                                step$d = RequesterStep$Admit;
                            end
                        RequesterTask$Send:
                            begin
                                step$d = RequesterStep$LoadMessage;
                            end
                        default:
                            begin
                                step$d = RequesterStep$Timer;
                            end
                    endcase
                end
            RequesterStep$Commit:
                begin
                    contexts$write_enable = 1'b1;
                    counters$count = count_event$q;
                    pending$d = pending$q & ~(qp_0_bit << ((qp$q) & 4'hf));
                    if (qp_state$q[(64'h0)+:(1)] & ~qp_state$q[(64'h1)+:(1)] & ~qp_state$q[(64'h2)+:(1)] & (qp_state$q[(64'h1c)+:(24)] != qp_state$q[(64'h4c)+:(24)])) begin
                        pending$d = pending$q | (qp_0_bit << ((qp$q) & 4'hf));
                    end
                    if (qp_state$q[(64'h1)+:(1)]) begin
                        errors$d = errors$q | (qp_0_bit << ((qp$q) & 4'hf));
                    end
                    step$d = RequesterStep$Idle;
                end
            default:
                begin
                    if (sender$active) begin
                        qp_state$d = sender$qp_context_next;
                        step$d = sender$step_next;
                        count_event$d = sender$count_event_next;
                        count_which$d = sender$count_which_next;
                        completions$load = sender$complete;
                        completions$load_tag = sender$complete_tag;
                        completions$load_status = sender$complete_status;
                        if (sender$admit_block) begin
                            admit_blocked$d = 1'b1;
                        end
                    end
                    else begin
                        qp_state$d = acks$qp_context_next;
                        step$d = acks$step_next;
                        count_event$d = acks$count_event_next;
                        count_which$d = acks$count_which_next;
                        completions$load = acks$complete;
                        read_pass$load = acks$read_load;
                        if (acks$count_completed) begin
                            counters$count = 1'b1;
                            counters$count_index = event_completed;
                        end
                        if (acks$admit_unblock) begin
                            admit_blocked$d = 1'b0;
                        end
                    end
                end
        endcase
        if (reset) begin
            step$d = RequesterStep$Clear;
            clear_qp$d = first_qp;
            pending$d = no_qps;
            errors$d = no_qps;
            admit_blocked$d = 1'b0;
            count_event$d = 1'b0;
        end
    end
    
endmodule // rc_requester


module rc_requester$acks(clock,step,qp_context,head,now,capture,resp_syndrome,resp_psn,resp_opcode,resp_payload_length,completion_free,count_event,count_which,qp_context_next,step_next,count_event_next,count_which_next,count_completed,complete,complete_status,read_load,read_busy,read_deliver,read_message_end,read_length,admit_unblock);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] step;
    input wire  [198:0] qp_context;
    input wire  [185:0] head;
    input wire  [15:0] now;
    input wire  capture;
    input wire  [7:0] resp_syndrome;
    input wire  [23:0] resp_psn;
    input wire  [7:0] resp_opcode;
    input wire  [12:0] resp_payload_length;
    input wire  completion_free;
    input wire  count_event;
    input wire  [4:0] count_which;
    output reg  [198:0] qp_context_next;
    output reg  [3:0] step_next;
    output reg  count_event_next;
    output reg  [4:0] count_which_next;
    output reg  count_completed;
    output reg  complete;
    output reg  [2:0] complete_status;
    output reg  read_load;
    output reg  read_busy;
    output reg  read_deliver;
    output reg  read_message_end;
    output reg  [12:0] read_length;
    output reg  admit_unblock;
    
    // Constant declarations
    localparam  one_psn = 24'h1;
    localparam  zero_psn = 24'h0;
    localparam  psn_half = 24'h800000;
    localparam  one_slot = 8'h1;
    localparam  one_retry = 4'h1;
    localparam  no_retries = 4'h0;
    localparam  one_byte = 16'h1;
    localparam  word_round_up = 16'h7;
    localparam  no_words = 16'h0;
    localparam  no_payload = 13'b0;
    localparam  mtu_base_shift = 8'h8;
    localparam  kind_read = 2'b11;
    localparam  ack_opcode_class = 3'b0;
    localparam  rnr_class = 3'b1;
    localparam  nak_class = 3'b11;
    localparam  syndrome_ack = 8'h1f;
    localparam  syndrome_sequence = 8'h60;
    localparam  read_response_first = 8'hd;
    localparam  read_response_last = 8'hf;
    localparam  read_response_only = 8'h10;
    localparam  status_success = 3'b0;
    localparam  status_remote = 3'b1;
    localparam  status_retry = 3'b10;
    localparam  status_flushed = 3'b100;
    localparam  event_stale = 5'b111;
    localparam  event_sequence = 5'b11;
    localparam  event_rnr = 5'b100;
    localparam  event_timeout = 5'b10;
    localparam  event_remote = 5'b101;
    localparam  event_retry = 5'b110;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    
    // Stub signals
    reg  [7:0] syndrome$d;
    wire  [7:0] syndrome$q;
    reg  syndrome$clock;
    reg  [23:0] response_psn$d;
    wire  [23:0] response_psn$q;
    reg  response_psn$clock;
    reg  [7:0] response_opcode$d;
    wire  [7:0] response_opcode$q;
    reg  response_opcode$clock;
    reg  [12:0] response_length$d;
    wire  [12:0] response_length$q;
    reg  response_length$clock;
    reg  retiring_read$d;
    wire  retiring_read$q;
    reg  retiring_read$clock;
    reg  implicit_ack$d;
    wire  implicit_ack$q;
    reg  implicit_ack$clock;
    reg  recheck$d;
    wire  recheck$q;
    reg  recheck$clock;
    reg  [23:0] new_unacked$d;
    wire  [23:0] new_unacked$q;
    reg  new_unacked$clock;
    reg  flush_all$d;
    wire  flush_all$q;
    reg  flush_all$clock;
    reg  [2:0] flush_status$d;
    wire  [2:0] flush_status$q;
    reg  flush_status$clock;
    
    // Local signals
    reg  go_back;
    reg  [23:0] go_back_psn;
    reg  fail;
    reg  [2:0] fail_status;
    reg  [4:0] fail_event;
    reg  [7:0] mtu_log2;
    reg  [15:0] mtu_bytes;
    reg  [15:0] message_words;
    reg  head_is_read;
    reg  [23:0] unacked_into_head;
    reg  [7:0] head_index;
    reg  head_first;
    reg  head_last;
    reg  response_ends;
    reg  response_starts;
    reg  response_fits;
    reg  [15:0] expected_response_length;
    reg  [23:0] head_distance;
    reg  [23:0] past_head_first;
    reg  head_retires;
    reg  [23:0] unacked_past_send;
    reg  [23:0] response_distance;
    reg  [23:0] in_flight;
    reg  expired;
    reg  [3:0] retries_next;
    
    // Sub module instances
    rc_requester$acks$syndrome syndrome(
        .d(syndrome$d),
        .q(syndrome$q),
        .clock(syndrome$clock)
    );
    rc_requester$acks$response_psn response_psn(
        .d(response_psn$d),
        .q(response_psn$q),
        .clock(response_psn$clock)
    );
    rc_requester$acks$response_opcode response_opcode(
        .d(response_opcode$d),
        .q(response_opcode$q),
        .clock(response_opcode$clock)
    );
    rc_requester$acks$response_length response_length(
        .d(response_length$d),
        .q(response_length$q),
        .clock(response_length$clock)
    );
    rc_requester$acks$retiring_read retiring_read(
        .d(retiring_read$d),
        .q(retiring_read$q),
        .clock(retiring_read$clock)
    );
    rc_requester$acks$implicit_ack implicit_ack(
        .d(implicit_ack$d),
        .q(implicit_ack$q),
        .clock(implicit_ack$clock)
    );
    rc_requester$acks$recheck recheck(
        .d(recheck$d),
        .q(recheck$q),
        .clock(recheck$clock)
    );
    rc_requester$acks$new_unacked new_unacked(
        .d(new_unacked$d),
        .q(new_unacked$q),
        .clock(new_unacked$clock)
    );
    rc_requester$acks$flush_all flush_all(
        .d(flush_all$d),
        .q(flush_all$q),
        .clock(flush_all$clock)
    );
    rc_requester$acks$flush_status flush_status(
        .d(flush_status$d),
        .q(flush_status$q),
        .clock(flush_status$clock)
    );
    
    // Update code
    always @(*) begin
        syndrome$clock = clock;
        response_psn$clock = clock;
        response_opcode$clock = clock;
        response_length$clock = clock;
        retiring_read$clock = clock;
        implicit_ack$clock = clock;
        recheck$clock = clock;
        new_unacked$clock = clock;
        flush_all$clock = clock;
        flush_status$clock = clock;
        syndrome$d = syndrome$q;
        response_psn$d = response_psn$q;
        response_opcode$d = response_opcode$q;
        response_length$d = response_length$q;
        retiring_read$d = retiring_read$q;
        implicit_ack$d = implicit_ack$q;
        recheck$d = recheck$q;
        new_unacked$d = new_unacked$q;
        flush_all$d = flush_all$q;
        flush_status$d = flush_status$q;
        qp_context_next = qp_context;
        step_next = step;
        count_event_next = count_event;
        count_which_next = count_which;
        count_completed = 1'b0;
        complete = 1'b0;
        complete_status = flush_status$q;
        admit_unblock = 1'b0;
        go_back = 1'b0;
        go_back_psn = qp_context[(64'h4)+:(24)];
        fail = 1'b0;
        fail_status = status_remote;
        fail_event = event_remote;
        if (step == RequesterStep$Idle) begin
            flush_all$d = 1'b0;
            retiring_read$d = 1'b0;
            implicit_ack$d = 1'b0;
            recheck$d = 1'b0;
        end
        if (capture) begin
            syndrome$d = resp_syndrome;
            response_psn$d = resp_psn;
            response_opcode$d = resp_opcode;
            response_length$d = resp_payload_length;
        end
        mtu_log2 = ((qp_context[(64'ha4)+:(3)]) & 8'hff) + mtu_base_shift;
        mtu_bytes = one_byte << mtu_log2;
        message_words = (head[(64'h30)+:(16)] + word_round_up) >> 32'h3;
        head_is_read = head[(64'ha0)+:(2)] == kind_read;
        unacked_into_head = qp_context[(64'h4)+:(24)] - head[(64'h0)+:(24)];
        if (head_is_read) begin
            message_words = no_words;
        end
        head_index = ((response_psn$q - head[(64'h0)+:(24)]) & 8'hff);
        head_first = response_psn$q == head[(64'h0)+:(24)];
        head_last = response_psn$q == head[(64'h18)+:(24)];
        response_ends = (response_opcode$q == read_response_last) | (response_opcode$q == read_response_only);
        response_starts = (response_opcode$q == read_response_first) | (response_opcode$q == read_response_only);
        response_fits = (response_ends == head_last) & (response_starts | ~head_first);
        expected_response_length = mtu_bytes;
        if (head_last) begin
            expected_response_length = head[(64'h30)+:(16)] - (((head_index) & 16'hffff) << mtu_log2);
        end
        head_distance = new_unacked$q - head[(64'h18)+:(24)];
        past_head_first = new_unacked$q - head[(64'h0)+:(24)];
        head_retires = (qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)]) & (flush_all$q | ((head_distance != zero_psn) & ~head_distance[32'h17] & (~head_is_read | retiring_read$q)));
        unacked_past_send = new_unacked$q - qp_context[(64'h1c)+:(24)];
        response_distance = response_psn$q - qp_context[(64'h4)+:(24)];
        in_flight = qp_context[(64'h34)+:(24)] - qp_context[(64'h4)+:(24)];
        expired = (now - qp_context[(64'hb7)+:(16)]) >= qp_context[(64'ha7)+:(16)];
        retries_next = qp_context[(64'h9c)+:(4)] + one_retry;
        read_load = 1'b0;
        read_busy = response_length$q != no_payload;
        read_deliver = 1'b0;
        read_message_end = head_last;
        read_length = response_length$q;
        case (step)
            RequesterStep$Respond:
                begin
                    if ((response_opcode$q >= read_response_first) & (response_opcode$q <= read_response_only)) begin
                        step_next = RequesterStep$ReadCheck;
                    end
                    else begin
                        new_unacked$d = response_psn$q + one_psn;
                        if (syndrome$q[(32'h5)+:(3)] != ack_opcode_class) begin
                            new_unacked$d = response_psn$q;
                        end
                        if ((response_distance < in_flight) & ((syndrome$q[(32'h5)+:(3)] == ack_opcode_class) | (syndrome$q[(32'h5)+:(3)] == rnr_class) | (syndrome$q[(32'h5)+:(3)] == nak_class))) begin
                            flush_status$d = status_success;
                            step_next = RequesterStep$RetireFetch;
                        end
                        else begin
                            count_event_next = 1'b1;
                            count_which_next = event_stale;
                            step_next = RequesterStep$Commit;
                        end
                    end
                end
            RequesterStep$ReadCheck:
                begin
                    read_load = 1'b1;
                    count_event_next = 1'b1;
                    count_which_next = event_stale;
                    step_next = RequesterStep$Commit;
                    if (response_distance == zero_psn) begin
                        if ((qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)]) & head_is_read & response_fits & (((response_length$q) & 16'hffff) == expected_response_length)) begin
                            read_deliver = 1'b1;
                            retiring_read$d = 1'b1;
                            new_unacked$d = response_psn$q + one_psn;
                            syndrome$d = syndrome_ack;
                            flush_status$d = status_success;
                            count_event_next = 1'b0;
                            step_next = RequesterStep$RetireFetch;
                        end
                        else begin
                            fail = 1'b1;
                        end
                    end
                    else if ((response_distance < in_flight) & ~head_is_read & ~implicit_ack$q & (qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)])) begin
                        read_busy = 1'b0;
                        implicit_ack$d = 1'b1;
                        recheck$d = 1'b1;
                        new_unacked$d = response_psn$q;
                        syndrome$d = syndrome_ack;
                        flush_status$d = status_success;
                        count_event_next = 1'b0;
                        step_next = RequesterStep$RetireFetch;
                    end
                    else if ((response_distance < in_flight) & ~qp_context[(64'h3)+:(1)]) begin
                        qp_context_next[(64'h3)+:(1)] = 1'b1;
                        go_back = 1'b1;
                        count_which_next = event_sequence;
                    end
                end
            RequesterStep$RetireFetch:
                begin
                    step_next = RequesterStep$RetireCheck;
                end
            RequesterStep$RetireCheck:
                begin
                    if (head_retires) begin
                        if (completion_free) begin
                            complete = 1'b1;
                            if (flush_all$q) begin
                                flush_status$d = status_flushed;
                            end
                            count_completed = ~flush_all$q;
                            qp_context_next[(64'h64)+:(8)] = qp_context[(64'h64)+:(8)] + one_slot;
                            if (head_is_read) begin
                                qp_context_next[(64'h3)+:(1)] = 1'b0;
                            end
                            qp_context_next[(64'h8c)+:(16)] = head[(64'haa)+:(16)] + message_words;
                            admit_unblock = 1'b1;
                            step_next = RequesterStep$RetireWait;
                        end
                    end
                    else if (head_is_read & ~retiring_read$q & ~flush_all$q & (qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)]) & (past_head_first != zero_psn) & ~past_head_first[32'h17]) begin
                        new_unacked$d = head[(64'h0)+:(24)];
                        if (unacked_into_head < psn_half) begin
                            new_unacked$d = qp_context[(64'h4)+:(24)];
                        end
                        step_next = RequesterStep$Apply;
                    end
                    else if (flush_all$q) begin
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
                        qp_context_next[(64'h1c)+:(24)] = qp_context[(64'h4c)+:(24)];
                        qp_context_next[(64'h4)+:(24)] = qp_context[(64'h4c)+:(24)];
                        qp_context_next[(64'h34)+:(24)] = qp_context[(64'h4c)+:(24)];
                        qp_context_next[(64'h8c)+:(16)] = qp_context[(64'h7c)+:(16)];
                        step_next = RequesterStep$Commit;
                    end
                    else begin
                        step_next = RequesterStep$Apply;
                    end
                end
            RequesterStep$RetireWait:
                begin
                    step_next = RequesterStep$RetireFetch;
                end
            RequesterStep$Apply:
                begin
                    step_next = RequesterStep$Commit;
                    if (recheck$q) begin
                        recheck$d = 1'b0;
                        step_next = RequesterStep$Respond;
                    end
                    if (new_unacked$q != qp_context[(64'h4)+:(24)]) begin
                        qp_context_next[(64'h9c)+:(4)] = no_retries;
                        qp_context_next[(64'hb7)+:(16)] = now;
                    end
                    qp_context_next[(64'h4)+:(24)] = new_unacked$q;
                    if (unacked_past_send < psn_half) begin
                        qp_context_next[(64'h1c)+:(24)] = new_unacked$q;
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
                    end
                    if (syndrome$q[(32'h5)+:(3)] == rnr_class) begin
                        qp_context_next[(64'h1c)+:(24)] = new_unacked$q;
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
                        qp_context_next[(64'h2)+:(1)] = 1'b1;
                        qp_context_next[(64'hb7)+:(16)] = now;
                        count_event_next = 1'b1;
                        count_which_next = event_rnr;
                    end
                    if (syndrome$q[(32'h5)+:(3)] == nak_class) begin
                        count_event_next = 1'b1;
                        if (syndrome$q == syndrome_sequence) begin
                            go_back = 1'b1;
                            go_back_psn = new_unacked$q;
                            count_which_next = event_sequence;
                        end
                        else begin
                            fail = 1'b1;
                        end
                    end
                end
            RequesterStep$Timer:
                begin
                    step_next = RequesterStep$Commit;
                    if (qp_context[(64'h0)+:(1)] & ~qp_context[(64'h1)+:(1)] & (qp_context[(64'h2)+:(1)] | (qp_context[(64'h4)+:(24)] != qp_context[(64'h34)+:(24)])) & expired) begin
                        qp_context_next[(64'hb7)+:(16)] = now;
                        if (qp_context[(64'h2)+:(1)]) begin
                            qp_context_next[(64'h2)+:(1)] = 1'b0;
                        end
                        else begin
                            go_back = 1'b1;
                            qp_context_next[(64'h3)+:(1)] = 1'b0;
                            new_unacked$d = qp_context[(64'h4)+:(24)];
                            count_event_next = 1'b1;
                            count_which_next = event_timeout;
                        end
                    end
                end
            default:
                begin
                end
        endcase
        if (go_back) begin
            qp_context_next[(64'h1c)+:(24)] = go_back_psn;
            qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
            qp_context_next[(64'h9c)+:(4)] = retries_next;
            qp_context_next[(64'hb7)+:(16)] = now;
            if (retries_next > qp_context[(64'ha0)+:(4)]) begin
                fail = 1'b1;
                fail_status = status_retry;
                fail_event = event_retry;
            end
        end
        if (fail) begin
            qp_context_next[(64'h1)+:(1)] = 1'b1;
            flush_all$d = 1'b1;
            flush_status$d = fail_status;
            count_which_next = fail_event;
            step_next = RequesterStep$RetireFetch;
        end
    end
    
endmodule // rc_requester$acks


module rc_requester$acks$flush_all(d,q,clock);
    
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
          
endmodule // rc_requester$acks$flush_all


module rc_requester$acks$flush_status(d,q,clock);
    
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
          
endmodule // rc_requester$acks$flush_status


module rc_requester$acks$implicit_ack(d,q,clock);
    
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
          
endmodule // rc_requester$acks$implicit_ack


module rc_requester$acks$new_unacked(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$acks$new_unacked


module rc_requester$acks$recheck(d,q,clock);
    
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
          
endmodule // rc_requester$acks$recheck


module rc_requester$acks$response_length(d,q,clock);
    
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
          
endmodule // rc_requester$acks$response_length


module rc_requester$acks$response_opcode(d,q,clock);
    
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
          
endmodule // rc_requester$acks$response_opcode


module rc_requester$acks$response_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$acks$response_psn


module rc_requester$acks$retiring_read(d,q,clock);
    
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
          
endmodule // rc_requester$acks$retiring_read


module rc_requester$acks$syndrome(d,q,clock);
    
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
          
endmodule // rc_requester$acks$syndrome


module rc_requester$admit_blocked(d,q,clock);
    
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
          
endmodule // rc_requester$admit_blocked


module rc_requester$clear_qp(d,q,clock);
    
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
          
endmodule // rc_requester$clear_qp


module rc_requester$completions(clock,reset,free,load,load_qp,load_tag,load_status,cpl_valid,cpl_ready,cpl_qp,cpl_tag,cpl_status);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    output reg  free;
    input wire  load;
    input wire  [1:0] load_qp;
    input wire  [7:0] load_tag;
    input wire  [2:0] load_status;
    output reg  cpl_valid;
    input wire  cpl_ready;
    output reg  [1:0] cpl_qp;
    output reg  [7:0] cpl_tag;
    output reg  [2:0] cpl_status;
    
    // Stub signals
    reg  cpl_full$d;
    wire  cpl_full$q;
    reg  cpl_full$clock;
    reg  [1:0] cpl_qp_reg$d;
    wire  [1:0] cpl_qp_reg$q;
    reg  cpl_qp_reg$clock;
    reg  [7:0] cpl_tag_reg$d;
    wire  [7:0] cpl_tag_reg$q;
    reg  cpl_tag_reg$clock;
    reg  [2:0] cpl_status_reg$d;
    wire  [2:0] cpl_status_reg$q;
    reg  cpl_status_reg$clock;
    
    // Sub module instances
    rc_requester$completions$cpl_full cpl_full(
        .d(cpl_full$d),
        .q(cpl_full$q),
        .clock(cpl_full$clock)
    );
    rc_requester$completions$cpl_qp_reg cpl_qp_reg(
        .d(cpl_qp_reg$d),
        .q(cpl_qp_reg$q),
        .clock(cpl_qp_reg$clock)
    );
    rc_requester$completions$cpl_tag_reg cpl_tag_reg(
        .d(cpl_tag_reg$d),
        .q(cpl_tag_reg$q),
        .clock(cpl_tag_reg$clock)
    );
    rc_requester$completions$cpl_status_reg cpl_status_reg(
        .d(cpl_status_reg$d),
        .q(cpl_status_reg$q),
        .clock(cpl_status_reg$clock)
    );
    
    // Update code
    always @(*) begin
        cpl_full$clock = clock;
        cpl_qp_reg$clock = clock;
        cpl_tag_reg$clock = clock;
        cpl_status_reg$clock = clock;
        cpl_full$d = cpl_full$q;
        cpl_qp_reg$d = cpl_qp_reg$q;
        cpl_tag_reg$d = cpl_tag_reg$q;
        cpl_status_reg$d = cpl_status_reg$q;
        cpl_valid = cpl_full$q;
        cpl_qp = cpl_qp_reg$q;
        cpl_tag = cpl_tag_reg$q;
        cpl_status = cpl_status_reg$q;
        if (cpl_ready) begin
            cpl_full$d = 1'b0;
        end
        free = ~cpl_full$q | cpl_ready;
        if (load) begin
            cpl_full$d = 1'b1;
            cpl_qp_reg$d = load_qp;
            cpl_tag_reg$d = load_tag;
            cpl_status_reg$d = load_status;
        end
        if (reset) begin
            cpl_full$d = 1'b0;
        end
    end
    
endmodule // rc_requester$completions


module rc_requester$completions$cpl_full(d,q,clock);
    
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
          
endmodule // rc_requester$completions$cpl_full


module rc_requester$completions$cpl_qp_reg(d,q,clock);
    
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
          
endmodule // rc_requester$completions$cpl_qp_reg


module rc_requester$completions$cpl_status_reg(d,q,clock);
    
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
          
endmodule // rc_requester$completions$cpl_status_reg


module rc_requester$completions$cpl_tag_reg(d,q,clock);
    
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
          
endmodule // rc_requester$completions$cpl_tag_reg


module rc_requester$contexts(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg  [198:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire  [198:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[198:0] mem[3:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rc_requester$contexts


module rc_requester$copier(clock,reset,start,start_empty,start_qp,start_word,start_words,start_packets,start_tag,discard,published,s_axis_wr_tdata,s_axis_wr_tlast,s_axis_wr_tvalid,s_axis_wr_tready,ring_write_enable,ring_write_address,ring_write_data,busy,done,failed,qp,tag,words,packets);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  start_empty;
    input wire  [1:0] start_qp;
    input wire  [15:0] start_word;
    input wire  [15:0] start_words;
    input wire  [23:0] start_packets;
    input wire  [7:0] start_tag;
    input wire  discard;
    input wire  published;
    input wire  [63:0] s_axis_wr_tdata;
    input wire  s_axis_wr_tlast;
    input wire  s_axis_wr_tvalid;
    output reg  s_axis_wr_tready;
    output reg  ring_write_enable;
    output reg  [11:0] ring_write_address;
    output reg  [63:0] ring_write_data;
    output reg  busy;
    output reg  done;
    output reg  failed;
    output reg  [1:0] qp;
    output reg  [7:0] tag;
    output reg  [15:0] words;
    output reg  [23:0] packets;
    
    // Constant declarations
    localparam  ring_shift = 8'ha;
    localparam  ring_mask = 16'h3ff;
    localparam  one_word = 16'h1;
    
    // Stub signals
    reg  copy_busy$d;
    wire  copy_busy$q;
    reg  copy_busy$clock;
    reg  copy_discard$d;
    wire  copy_discard$q;
    reg  copy_discard$clock;
    reg  [1:0] copy_qp$d;
    wire  [1:0] copy_qp$q;
    reg  copy_qp$clock;
    reg  [15:0] copy_word$d;
    wire  [15:0] copy_word$q;
    reg  copy_word$clock;
    reg  [15:0] copy_left$d;
    wire  [15:0] copy_left$q;
    reg  copy_left$clock;
    reg  [15:0] copy_words$d;
    wire  [15:0] copy_words$q;
    reg  copy_words$clock;
    reg  [23:0] copy_packets$d;
    wire  [23:0] copy_packets$q;
    reg  copy_packets$clock;
    reg  [7:0] copy_tag$d;
    wire  [7:0] copy_tag$q;
    reg  copy_tag$clock;
    reg  copy_failed$d;
    wire  copy_failed$q;
    reg  copy_failed$clock;
    reg  copy_done$d;
    wire  copy_done$q;
    reg  copy_done$clock;
    
    // Local signals
    reg  [11:0] copy_offset;
    
    // Sub module instances
    rc_requester$copier$copy_busy copy_busy(
        .d(copy_busy$d),
        .q(copy_busy$q),
        .clock(copy_busy$clock)
    );
    rc_requester$copier$copy_discard copy_discard(
        .d(copy_discard$d),
        .q(copy_discard$q),
        .clock(copy_discard$clock)
    );
    rc_requester$copier$copy_qp copy_qp(
        .d(copy_qp$d),
        .q(copy_qp$q),
        .clock(copy_qp$clock)
    );
    rc_requester$copier$copy_word copy_word(
        .d(copy_word$d),
        .q(copy_word$q),
        .clock(copy_word$clock)
    );
    rc_requester$copier$copy_left copy_left(
        .d(copy_left$d),
        .q(copy_left$q),
        .clock(copy_left$clock)
    );
    rc_requester$copier$copy_words copy_words(
        .d(copy_words$d),
        .q(copy_words$q),
        .clock(copy_words$clock)
    );
    rc_requester$copier$copy_packets copy_packets(
        .d(copy_packets$d),
        .q(copy_packets$q),
        .clock(copy_packets$clock)
    );
    rc_requester$copier$copy_tag copy_tag(
        .d(copy_tag$d),
        .q(copy_tag$q),
        .clock(copy_tag$clock)
    );
    rc_requester$copier$copy_failed copy_failed(
        .d(copy_failed$d),
        .q(copy_failed$q),
        .clock(copy_failed$clock)
    );
    rc_requester$copier$copy_done copy_done(
        .d(copy_done$d),
        .q(copy_done$q),
        .clock(copy_done$clock)
    );
    
    // Update code
    always @(*) begin
        copy_busy$clock = clock;
        copy_discard$clock = clock;
        copy_qp$clock = clock;
        copy_word$clock = clock;
        copy_left$clock = clock;
        copy_words$clock = clock;
        copy_packets$clock = clock;
        copy_tag$clock = clock;
        copy_failed$clock = clock;
        copy_done$clock = clock;
        copy_busy$d = copy_busy$q;
        copy_discard$d = copy_discard$q;
        copy_qp$d = copy_qp$q;
        copy_word$d = copy_word$q;
        copy_left$d = copy_left$q;
        copy_words$d = copy_words$q;
        copy_packets$d = copy_packets$q;
        copy_tag$d = copy_tag$q;
        copy_failed$d = copy_failed$q;
        copy_done$d = copy_done$q;
        busy = copy_busy$q;
        done = copy_done$q;
        failed = copy_failed$q;
        qp = copy_qp$q;
        tag = copy_tag$q;
        words = copy_words$q;
        packets = copy_packets$q;
        s_axis_wr_tready = copy_busy$q;
        ring_write_enable = 1'b0;
        copy_offset = ((copy_word$q & ring_mask) & 12'hfff);
        ring_write_address = (((copy_qp$q) & 12'hfff) << ring_shift) | copy_offset;
        ring_write_data = s_axis_wr_tdata;
        if (copy_busy$q & s_axis_wr_tvalid) begin
            if (~copy_discard$q) begin
                ring_write_enable = 1'b1;
                copy_word$d = copy_word$q + one_word;
                copy_left$d = copy_left$q - one_word;
                if (s_axis_wr_tlast) begin
                    copy_busy$d = 1'b0;
                    copy_done$d = 1'b1;
                    copy_failed$d = copy_left$q != one_word;
                end
                else if (copy_left$q == one_word) begin
                    copy_discard$d = 1'b1;
                    copy_failed$d = 1'b1;
                end
            end
            else if (s_axis_wr_tlast) begin
                copy_busy$d = 1'b0;
                copy_done$d = copy_failed$q;
            end
        end
        if (start) begin
            copy_qp$d = start_qp;
            copy_word$d = start_word;
            copy_left$d = start_words;
            copy_words$d = start_words;
            copy_packets$d = start_packets;
            copy_tag$d = start_tag;
            copy_failed$d = 1'b0;
            copy_discard$d = 1'b0;
            if (start_empty) begin
                copy_done$d = 1'b1;
            end
            else begin
                copy_busy$d = 1'b1;
            end
        end
        if (discard) begin
            copy_busy$d = 1'b1;
            copy_discard$d = 1'b1;
            copy_failed$d = 1'b0;
        end
        if (published) begin
            copy_done$d = 1'b0;
        end
        if (reset) begin
            copy_busy$d = 1'b0;
            copy_done$d = 1'b0;
        end
    end
    
endmodule // rc_requester$copier


module rc_requester$copier$copy_busy(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_busy


module rc_requester$copier$copy_discard(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_discard


module rc_requester$copier$copy_done(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_done


module rc_requester$copier$copy_failed(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_failed


module rc_requester$copier$copy_left(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_left


module rc_requester$copier$copy_packets(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$copier$copy_packets


module rc_requester$copier$copy_qp(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_qp


module rc_requester$copier$copy_tag(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_tag


module rc_requester$copier$copy_word(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_word


module rc_requester$copier$copy_words(d,q,clock);
    
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
          
endmodule // rc_requester$copier$copy_words


module rc_requester$count_event(d,q,clock);
    
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
          
endmodule // rc_requester$count_event


module rc_requester$count_which(d,q,clock);
    
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
          
endmodule // rc_requester$count_which


module rc_requester$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
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
    rc_requester$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    rc_requester$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    rc_requester$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    rc_requester$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    rc_requester$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    rc_requester$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    rc_requester$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    rc_requester$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    rc_requester$counters$clear_index clear_index(
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
    
endmodule // rc_requester$counters


module rc_requester$counters$clear_index(d,q,clock);
    
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
          
endmodule // rc_requester$counters$clear_index


module rc_requester$counters$clearing(d,q,clock);
    
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
          
endmodule // rc_requester$counters$clearing


module rc_requester$counters$held(d,q,clock);
    
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
          
endmodule // rc_requester$counters$held


module rc_requester$counters$held_index(d,q,clock);
    
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
          
endmodule // rc_requester$counters$held_index


module rc_requester$counters$held_value(d,q,clock);
    
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
          
endmodule // rc_requester$counters$held_value


module rc_requester$counters$pending(d,q,clock);
    
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
          
endmodule // rc_requester$counters$pending


module rc_requester$counters$pending_index(d,q,clock);
    
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
          
endmodule // rc_requester$counters$pending_index


module rc_requester$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // rc_requester$counters$shadow


module rc_requester$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // rc_requester$counters$tally


module rc_requester$engine_task(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RequesterTask$Publish = 0;
    localparam RequesterTask$Respond = 1;
    localparam RequesterTask$Admit = 2;
    localparam RequesterTask$Send = 3;
    localparam RequesterTask$Timer = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$engine_task


module rc_requester$errors(d,q,clock);
    
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
          
endmodule // rc_requester$errors


module rc_requester$messages(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [185:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [185:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[185:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rc_requester$messages


module rc_requester$mover(clock,reset,load,load_fields,load_qp,load_word,load_words,can_load,streaming_hold,streaming_qp,streaming_word,queued_hold,queued_qp,queued_word,ring_read_address,ring_read_data,tx_valid,tx_ready,tx_qp,tx_opcode,tx_psn,tx_ack_req,tx_reth_va,tx_reth_rkey,tx_reth_length,tx_ieth_rkey,tx_payload_length,m_axis_tx_tdata,m_axis_tx_tlast,m_axis_tx_tvalid,m_axis_tx_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  [213:0] load_fields;
    input wire  [1:0] load_qp;
    input wire  [15:0] load_word;
    input wire  [9:0] load_words;
    output reg  can_load;
    output reg  streaming_hold;
    output reg  [1:0] streaming_qp;
    output reg  [15:0] streaming_word;
    output reg  queued_hold;
    output reg  [1:0] queued_qp;
    output reg  [15:0] queued_word;
    output reg  [11:0] ring_read_address;
    input wire  [63:0] ring_read_data;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [1:0] tx_qp;
    output reg  [7:0] tx_opcode;
    output reg  [23:0] tx_psn;
    output reg  tx_ack_req;
    output reg  [63:0] tx_reth_va;
    output reg  [31:0] tx_reth_rkey;
    output reg  [31:0] tx_reth_length;
    output reg  [31:0] tx_ieth_rkey;
    output reg  [12:0] tx_payload_length;
    output reg  [63:0] m_axis_tx_tdata;
    output reg  m_axis_tx_tlast;
    output reg  m_axis_tx_tvalid;
    input wire  m_axis_tx_tready;
    
    // Constant declarations
    localparam  ring_shift = 8'ha;
    localparam  ring_mask = 16'h3ff;
    localparam  one_word = 16'h1;
    localparam  one_left = 10'b1;
    localparam  none_left = 10'b0;
    
    // Stub signals
    reg  tx_pending$d;
    wire  tx_pending$q;
    reg  tx_pending$clock;
    reg  [213:0] tx_fields$d;
    wire  [213:0] tx_fields$q;
    reg  tx_fields$clock;
    reg  [1:0] move_qp$d;
    wire  [1:0] move_qp$q;
    reg  move_qp$clock;
    reg  [15:0] move_word$d;
    wire  [15:0] move_word$q;
    reg  move_word$clock;
    reg  [9:0] move_left$d;
    wire  [9:0] move_left$q;
    reg  move_left$clock;
    reg  move_primed$d;
    wire  move_primed$q;
    reg  move_primed$clock;
    reg  queue_full$d;
    wire  queue_full$q;
    reg  queue_full$clock;
    reg  [1:0] queue_qp$d;
    wire  [1:0] queue_qp$q;
    reg  queue_qp$clock;
    reg  [15:0] queue_word$d;
    wire  [15:0] queue_word$q;
    reg  queue_word$clock;
    reg  [9:0] queue_left$d;
    wire  [9:0] queue_left$q;
    reg  queue_left$clock;
    
    // Local signals
    reg  queue_starts;
    reg  move_advance;
    reg  [11:0] move_offset;
    reg  [1:0] read_qp;
    
    // Sub module instances
    rc_requester$mover$tx_pending tx_pending(
        .d(tx_pending$d),
        .q(tx_pending$q),
        .clock(tx_pending$clock)
    );
    rc_requester$mover$tx_fields tx_fields(
        .d(tx_fields$d),
        .q(tx_fields$q),
        .clock(tx_fields$clock)
    );
    rc_requester$mover$move_qp move_qp(
        .d(move_qp$d),
        .q(move_qp$q),
        .clock(move_qp$clock)
    );
    rc_requester$mover$move_word move_word(
        .d(move_word$d),
        .q(move_word$q),
        .clock(move_word$clock)
    );
    rc_requester$mover$move_left move_left(
        .d(move_left$d),
        .q(move_left$q),
        .clock(move_left$clock)
    );
    rc_requester$mover$move_primed move_primed(
        .d(move_primed$d),
        .q(move_primed$q),
        .clock(move_primed$clock)
    );
    rc_requester$mover$queue_full queue_full(
        .d(queue_full$d),
        .q(queue_full$q),
        .clock(queue_full$clock)
    );
    rc_requester$mover$queue_qp queue_qp(
        .d(queue_qp$d),
        .q(queue_qp$q),
        .clock(queue_qp$clock)
    );
    rc_requester$mover$queue_word queue_word(
        .d(queue_word$d),
        .q(queue_word$q),
        .clock(queue_word$clock)
    );
    rc_requester$mover$queue_left queue_left(
        .d(queue_left$d),
        .q(queue_left$q),
        .clock(queue_left$clock)
    );
    
    // Update code
    always @(*) begin
        tx_pending$clock = clock;
        tx_fields$clock = clock;
        move_qp$clock = clock;
        move_word$clock = clock;
        move_left$clock = clock;
        move_primed$clock = clock;
        queue_full$clock = clock;
        queue_qp$clock = clock;
        queue_word$clock = clock;
        queue_left$clock = clock;
        tx_pending$d = tx_pending$q;
        tx_fields$d = tx_fields$q;
        move_qp$d = move_qp$q;
        move_word$d = move_word$q;
        move_left$d = move_left$q;
        move_primed$d = move_primed$q;
        queue_full$d = queue_full$q;
        queue_qp$d = queue_qp$q;
        queue_word$d = queue_word$q;
        queue_left$d = queue_left$q;
        can_load = ~tx_pending$q & ~queue_full$q;
        streaming_hold = move_left$q != none_left;
        streaming_qp = move_qp$q;
        streaming_word = move_word$q;
        queued_hold = queue_full$q;
        queued_qp = queue_qp$q;
        queued_word = queue_word$q;
        tx_valid = tx_pending$q;
        tx_qp = ((tx_fields$q[(64'h0)+:(8)]) & 2'h3);
        tx_opcode = tx_fields$q[(64'h8)+:(8)];
        tx_psn = tx_fields$q[(64'h10)+:(24)];
        tx_ack_req = tx_fields$q[(64'h28)+:(1)];
        tx_reth_va = tx_fields$q[(64'h29)+:(64)];
        tx_reth_rkey = tx_fields$q[(64'h69)+:(32)];
        tx_reth_length = tx_fields$q[(64'h89)+:(32)];
        tx_ieth_rkey = tx_fields$q[(64'ha9)+:(32)];
        tx_payload_length = tx_fields$q[(64'hc9)+:(13)];
        if (tx_ready) begin
            tx_pending$d = 1'b0;
        end
        m_axis_tx_tvalid = move_primed$q & (move_left$q != none_left);
        m_axis_tx_tdata = ring_read_data;
        m_axis_tx_tlast = move_left$q == one_left;
        move_advance = m_axis_tx_tvalid & m_axis_tx_tready;
        move_offset = ((move_word$q & ring_mask) & 12'hfff);
        if (move_advance) begin
            move_word$d = move_word$q + one_word;
            move_left$d = move_left$q - one_left;
            move_offset = (((move_word$q + one_word) & ring_mask) & 12'hfff);
        end
        move_primed$d = move_left$q != none_left;
        if (move_advance & (move_left$q == one_left)) begin
            move_primed$d = 1'b0;
        end
        read_qp = move_qp$q;
        queue_starts = queue_full$q & ((move_left$q == none_left) | (move_advance & (move_left$q == one_left)));
        if (queue_starts) begin
            queue_full$d = 1'b0;
            move_qp$d = queue_qp$q;
            move_word$d = queue_word$q;
            move_left$d = queue_left$q;
            move_primed$d = queue_left$q != none_left;
            read_qp = queue_qp$q;
            move_offset = ((queue_word$q & ring_mask) & 12'hfff);
        end
        ring_read_address = (((read_qp) & 12'hfff) << ring_shift) | move_offset;
        if (load) begin
            tx_pending$d = 1'b1;
            tx_fields$d = load_fields;
            if ((move_left$q == none_left) & ~queue_full$q) begin
                move_qp$d = load_qp;
                move_word$d = load_word;
                move_left$d = load_words;
            end
            else begin
                queue_full$d = 1'b1;
                queue_qp$d = load_qp;
                queue_word$d = load_word;
                queue_left$d = load_words;
            end
        end
        if (reset) begin
            tx_pending$d = 1'b0;
            move_left$d = none_left;
            move_primed$d = 1'b0;
            queue_full$d = 1'b0;
        end
    end
    
endmodule // rc_requester$mover


module rc_requester$mover$move_left(d,q,clock);
    
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
          
endmodule // rc_requester$mover$move_left


module rc_requester$mover$move_primed(d,q,clock);
    
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
          
endmodule // rc_requester$mover$move_primed


module rc_requester$mover$move_qp(d,q,clock);
    
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
          
endmodule // rc_requester$mover$move_qp


module rc_requester$mover$move_word(d,q,clock);
    
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
          
endmodule // rc_requester$mover$move_word


module rc_requester$mover$queue_full(d,q,clock);
    
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
          
endmodule // rc_requester$mover$queue_full


module rc_requester$mover$queue_left(d,q,clock);
    
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
          
endmodule // rc_requester$mover$queue_left


module rc_requester$mover$queue_qp(d,q,clock);
    
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
          
endmodule // rc_requester$mover$queue_qp


module rc_requester$mover$queue_word(d,q,clock);
    
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
          
endmodule // rc_requester$mover$queue_word


module rc_requester$mover$tx_fields(d,q,clock);
    
    // Module arguments
    input wire  [213:0] d;
    output reg  [213:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 214'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$mover$tx_fields


module rc_requester$mover$tx_pending(d,q,clock);
    
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
          
endmodule // rc_requester$mover$tx_pending


module rc_requester$now(d,q,clock);
    
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
          
endmodule // rc_requester$now


module rc_requester$pending(d,q,clock);
    
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
          
endmodule // rc_requester$pending


module rc_requester$prescale(d,q,clock);
    
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
          
endmodule // rc_requester$prescale


module rc_requester$qp(d,q,clock);
    
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
          
endmodule // rc_requester$qp


module rc_requester$qp_state(d,q,clock);
    
    // Module arguments
    input wire  [198:0] d;
    output reg  [198:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 199'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$qp_state


module rc_requester$read_pass(clock,reset,load,load_busy,load_deliver,load_message_end,load_qp,load_tag,load_length,busy,s_axis_resp_tdata,s_axis_resp_tlast,s_axis_resp_tvalid,s_axis_resp_tready,m_axis_read_tdata,m_axis_read_tlast,m_axis_read_tvalid,m_axis_read_tready,read_qp,read_tag,read_length,read_last);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  load_busy;
    input wire  load_deliver;
    input wire  load_message_end;
    input wire  [1:0] load_qp;
    input wire  [7:0] load_tag;
    input wire  [12:0] load_length;
    output reg  busy;
    input wire  [63:0] s_axis_resp_tdata;
    input wire  s_axis_resp_tlast;
    input wire  s_axis_resp_tvalid;
    output reg  s_axis_resp_tready;
    output reg  [63:0] m_axis_read_tdata;
    output reg  m_axis_read_tlast;
    output reg  m_axis_read_tvalid;
    input wire  m_axis_read_tready;
    output reg  [1:0] read_qp;
    output reg  [7:0] read_tag;
    output reg  [12:0] read_length;
    output reg  read_last;
    
    // Stub signals
    reg  read_busy$d;
    wire  read_busy$q;
    reg  read_busy$clock;
    reg  read_deliver$d;
    wire  read_deliver$q;
    reg  read_deliver$clock;
    reg  read_message_end$d;
    wire  read_message_end$q;
    reg  read_message_end$clock;
    reg  [1:0] read_qp_reg$d;
    wire  [1:0] read_qp_reg$q;
    reg  read_qp_reg$clock;
    reg  [7:0] read_tag_reg$d;
    wire  [7:0] read_tag_reg$q;
    reg  read_tag_reg$clock;
    reg  [12:0] read_length_reg$d;
    wire  [12:0] read_length_reg$q;
    reg  read_length_reg$clock;
    
    // Sub module instances
    rc_requester$read_pass$read_busy read_busy(
        .d(read_busy$d),
        .q(read_busy$q),
        .clock(read_busy$clock)
    );
    rc_requester$read_pass$read_deliver read_deliver(
        .d(read_deliver$d),
        .q(read_deliver$q),
        .clock(read_deliver$clock)
    );
    rc_requester$read_pass$read_message_end read_message_end(
        .d(read_message_end$d),
        .q(read_message_end$q),
        .clock(read_message_end$clock)
    );
    rc_requester$read_pass$read_qp_reg read_qp_reg(
        .d(read_qp_reg$d),
        .q(read_qp_reg$q),
        .clock(read_qp_reg$clock)
    );
    rc_requester$read_pass$read_tag_reg read_tag_reg(
        .d(read_tag_reg$d),
        .q(read_tag_reg$q),
        .clock(read_tag_reg$clock)
    );
    rc_requester$read_pass$read_length_reg read_length_reg(
        .d(read_length_reg$d),
        .q(read_length_reg$q),
        .clock(read_length_reg$clock)
    );
    
    // Update code
    always @(*) begin
        read_busy$clock = clock;
        read_deliver$clock = clock;
        read_message_end$clock = clock;
        read_qp_reg$clock = clock;
        read_tag_reg$clock = clock;
        read_length_reg$clock = clock;
        read_busy$d = read_busy$q;
        read_deliver$d = read_deliver$q;
        read_message_end$d = read_message_end$q;
        read_qp_reg$d = read_qp_reg$q;
        read_tag_reg$d = read_tag_reg$q;
        read_length_reg$d = read_length_reg$q;
        busy = read_busy$q;
        s_axis_resp_tready = read_busy$q & (~read_deliver$q | m_axis_read_tready);
        m_axis_read_tvalid = read_busy$q & read_deliver$q & s_axis_resp_tvalid;
        m_axis_read_tdata = s_axis_resp_tdata;
        m_axis_read_tlast = s_axis_resp_tlast;
        read_qp = read_qp_reg$q;
        read_tag = read_tag_reg$q;
        read_length = read_length_reg$q;
        read_last = read_message_end$q;
        if (s_axis_resp_tvalid & s_axis_resp_tready & s_axis_resp_tlast) begin
            read_busy$d = 1'b0;
        end
        if (load) begin
            read_busy$d = load_busy;
            read_deliver$d = load_deliver;
            read_message_end$d = load_message_end;
            read_qp_reg$d = load_qp;
            read_tag_reg$d = load_tag;
            read_length_reg$d = load_length;
        end
        if (reset) begin
            read_busy$d = 1'b0;
        end
    end
    
endmodule // rc_requester$read_pass


module rc_requester$read_pass$read_busy(d,q,clock);
    
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
          
endmodule // rc_requester$read_pass$read_busy


module rc_requester$read_pass$read_deliver(d,q,clock);
    
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
          
endmodule // rc_requester$read_pass$read_deliver


module rc_requester$read_pass$read_length_reg(d,q,clock);
    
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
          
endmodule // rc_requester$read_pass$read_length_reg


module rc_requester$read_pass$read_message_end(d,q,clock);
    
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
          
endmodule // rc_requester$read_pass$read_message_end


module rc_requester$read_pass$read_qp_reg(d,q,clock);
    
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
          
endmodule // rc_requester$read_pass$read_qp_reg


module rc_requester$read_pass$read_tag_reg(d,q,clock);
    
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
          
endmodule // rc_requester$read_pass$read_tag_reg


module rc_requester$ring(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [11:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [11:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[4095:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rc_requester$ring


module rc_requester$send_scan(d,q,clock);
    
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
          
endmodule // rc_requester$send_scan


module rc_requester$sender(clock,step,active,qp,qp_context,loading_slot_head,loading_slot_tail,loading_ring_write,loading_ring_release,loading_mtu_shift,send_message,now,wr_length,wr_kind,wr_va,wr_rkey,wr_tag,copy_failed,copy_tag,copy_words,copy_packets,completion_free,streaming_hold,streaming_qp,streaming_word,queued_hold,queued_qp,queued_word,count_event,count_which,qp_context_next,step_next,count_event_next,count_which_next,wr_accept,admit_block,message_write,message_record,copy_start,copy_empty,wr_words,wr_packets,copy_discard,copy_published,complete,complete_tag,complete_status,packet_load,packet_fields,packet_word,packet_words);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] step;
    output reg  active;
    input wire  [1:0] qp;
    input wire  [198:0] qp_context;
    input wire  [7:0] loading_slot_head;
    input wire  [7:0] loading_slot_tail;
    input wire  [15:0] loading_ring_write;
    input wire  [15:0] loading_ring_release;
    input wire  [2:0] loading_mtu_shift;
    input wire  [185:0] send_message;
    input wire  [15:0] now;
    input wire  [15:0] wr_length;
    input wire  [1:0] wr_kind;
    input wire  [63:0] wr_va;
    input wire  [31:0] wr_rkey;
    input wire  [7:0] wr_tag;
    input wire  copy_failed;
    input wire  [7:0] copy_tag;
    input wire  [15:0] copy_words;
    input wire  [23:0] copy_packets;
    input wire  completion_free;
    input wire  streaming_hold;
    input wire  [1:0] streaming_qp;
    input wire  [15:0] streaming_word;
    input wire  queued_hold;
    input wire  [1:0] queued_qp;
    input wire  [15:0] queued_word;
    input wire  count_event;
    input wire  [4:0] count_which;
    output reg  [198:0] qp_context_next;
    output reg  [3:0] step_next;
    output reg  count_event_next;
    output reg  [4:0] count_which_next;
    output reg  wr_accept;
    output reg  admit_block;
    output reg  message_write;
    output reg  [185:0] message_record;
    output reg  copy_start;
    output reg  copy_empty;
    output reg  [15:0] wr_words;
    output reg  [23:0] wr_packets;
    output reg  copy_discard;
    output reg  copy_published;
    output reg  complete;
    output reg  [7:0] complete_tag;
    output reg  [2:0] complete_status;
    output reg  packet_load;
    output reg  [213:0] packet_fields;
    output reg  [15:0] packet_word;
    output reg  [9:0] packet_words;
    
    // Constant declarations
    localparam  slots = 8'h8;
    localparam  ring_words = 16'h400;
    localparam  blank_packet = 214'h0;
    localparam  one_psn = 24'h1;
    localparam  one_slot = 8'h1;
    localparam  one_byte = 16'h1;
    localparam  word_round_up = 16'h7;
    localparam  no_bytes = 16'h0;
    localparam  no_words = 10'b0;
    localparam  no_payload = 13'b0;
    localparam  first_bit = 4'h2;
    localparam  last_bit = 4'h1;
    localparam  mtu_base_shift = 8'h8;
    localparam  ack_req_psn = 3'b111;
    localparam  kind_read = 2'b11;
    localparam  status_length = 3'b11;
    localparam  status_flushed = 3'b100;
    localparam  event_refused = 5'b1000;
    localparam  event_sent = 5'b0;
    localparam  event_resent = 5'b1;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    
    // Stub signals
    reg  [3:0] opcodes$address;
    wire  [7:0] opcodes$data;
    reg  [185:0] message$d;
    wire  [185:0] message$q;
    reg  message$clock;
    reg  [15:0] request_words$d;
    wire  [15:0] request_words$q;
    reg  request_words$clock;
    reg  request_too_long$d;
    wire  request_too_long$q;
    reg  request_too_long$clock;
    reg  [23:0] request_packets$d;
    wire  [23:0] request_packets$q;
    reg  request_packets$clock;
    reg  [7:0] packet_index$d;
    wire  [7:0] packet_index$q;
    reg  packet_index$clock;
    reg  packet_first$d;
    wire  packet_first$q;
    reg  packet_first$clock;
    reg  packet_last$d;
    wire  packet_last$q;
    reg  packet_last$clock;
    reg  no_room$d;
    wire  no_room$q;
    reg  no_room$clock;
    reg  mover_holds_room$d;
    wire  mover_holds_room$q;
    reg  mover_holds_room$clock;
    
    // Local signals
    reg  [7:0] loading_mtu_log2;
    reg  [3:0] opcode_address;
    reg  [7:0] mtu_log2;
    reg  [15:0] mtu_bytes;
    reg  [15:0] wr_packets_16;
    reg  [15:0] ring_used;
    reg  message_is_read;
    reg  [15:0] packet_offset;
    reg  [15:0] remaining_length;
    reg  [2:0] send_psn_low;
    
    // Sub module instances
    rc_requester$sender$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    rc_requester$sender$message message(
        .d(message$d),
        .q(message$q),
        .clock(message$clock)
    );
    rc_requester$sender$request_words request_words(
        .d(request_words$d),
        .q(request_words$q),
        .clock(request_words$clock)
    );
    rc_requester$sender$request_too_long request_too_long(
        .d(request_too_long$d),
        .q(request_too_long$q),
        .clock(request_too_long$clock)
    );
    rc_requester$sender$request_packets request_packets(
        .d(request_packets$d),
        .q(request_packets$q),
        .clock(request_packets$clock)
    );
    rc_requester$sender$packet_index packet_index(
        .d(packet_index$d),
        .q(packet_index$q),
        .clock(packet_index$clock)
    );
    rc_requester$sender$packet_first packet_first(
        .d(packet_first$d),
        .q(packet_first$q),
        .clock(packet_first$clock)
    );
    rc_requester$sender$packet_last packet_last(
        .d(packet_last$d),
        .q(packet_last$q),
        .clock(packet_last$clock)
    );
    rc_requester$sender$no_room no_room(
        .d(no_room$d),
        .q(no_room$q),
        .clock(no_room$clock)
    );
    rc_requester$sender$mover_holds_room mover_holds_room(
        .d(mover_holds_room$d),
        .q(mover_holds_room$q),
        .clock(mover_holds_room$clock)
    );
    
    // Update code
    always @(*) begin
        message$clock = clock;
        packet_index$clock = clock;
        packet_first$clock = clock;
        packet_last$clock = clock;
        request_words$clock = clock;
        request_too_long$clock = clock;
        request_packets$clock = clock;
        no_room$clock = clock;
        mover_holds_room$clock = clock;
        message$d = message$q;
        packet_index$d = packet_index$q;
        packet_first$d = packet_first$q;
        packet_last$d = packet_last$q;
        request_words$d = request_words$q;
        request_too_long$d = request_too_long$q;
        request_packets$d = request_packets$q;
        no_room$d = no_room$q;
        mover_holds_room$d = mover_holds_room$q;
        active = (step == RequesterStep$Publish) | (step == RequesterStep$Admit) | (step == RequesterStep$LoadMessage) | (step == RequesterStep$SendCompute) | (step == RequesterStep$SendCommit);
        qp_context_next = qp_context;
        step_next = step;
        count_event_next = count_event;
        count_which_next = count_which;
        wr_accept = 1'b0;
        admit_block = 1'b0;
        message_write = 1'b0;
        copy_start = 1'b0;
        copy_discard = 1'b0;
        copy_published = 1'b0;
        complete = 1'b0;
        complete_tag = wr_tag;
        complete_status = status_length;
        packet_load = 1'b0;
        mtu_log2 = ((qp_context[(64'ha4)+:(3)]) & 8'hff) + mtu_base_shift;
        mtu_bytes = one_byte << mtu_log2;
        request_words$d = (wr_length + word_round_up) >> 32'h3;
        if (wr_kind == kind_read) begin
            request_words$d = no_bytes;
        end
        request_too_long$d = (wr_length > (ring_words << 32'h3)) & (wr_kind != kind_read);
        wr_words = request_words$q;
        loading_mtu_log2 = ((loading_mtu_shift) & 8'hff) + mtu_base_shift;
        request_packets$d = one_psn;
        wr_packets_16 = one_byte;
        if (wr_length != no_bytes) begin
            wr_packets_16 = ((wr_length - one_byte) >> loading_mtu_log2) + one_byte;
            request_packets$d = ((wr_packets_16) & 24'hffffff);
        end
        wr_packets = request_packets$q;
        copy_empty = (wr_length == no_bytes) | (wr_kind == kind_read);
        ring_used = loading_ring_write - loading_ring_release;
        no_room$d = ((loading_slot_tail - loading_slot_head) == slots) | ((ring_words - ring_used) < request_words$q);
        mover_holds_room$d = (streaming_hold & (streaming_qp == qp) & ((ring_words - (loading_ring_write - streaming_word)) < request_words$q)) | (queued_hold & (queued_qp == qp) & ((ring_words - (loading_ring_write - queued_word)) < request_words$q));
        message_record = message$q;
        message_record[(64'h0)+:(24)] = qp_context[(64'h4c)+:(24)];
        message_record[(64'h18)+:(24)] = qp_context[(64'h4c)+:(24)] + wr_packets - one_psn;
        message_record[(64'h30)+:(16)] = wr_length;
        message_record[(64'h40)+:(64)] = wr_va;
        message_record[(64'h80)+:(32)] = wr_rkey;
        message_record[(64'ha0)+:(2)] = wr_kind;
        message_record[(64'ha2)+:(8)] = wr_tag;
        message_record[(64'haa)+:(16)] = qp_context[(64'h7c)+:(16)];
        opcode_address = ((message$q[(64'ha0)+:(2)]) & 4'hf) << 32'h2;
        if (packet_first$q) begin
            opcode_address = opcode_address | first_bit;
        end
        if (packet_last$q) begin
            opcode_address = opcode_address | last_bit;
        end
        opcodes$address = opcode_address;
        message_is_read = message$q[(64'ha0)+:(2)] == kind_read;
        packet_offset = ((packet_index$q) & 16'hffff) << mtu_log2;
        remaining_length = message$q[(64'h30)+:(16)] - packet_offset;
        send_psn_low = ((qp_context[(64'h1c)+:(24)]) & 3'h7);
        packet_fields = blank_packet;
        packet_fields[(64'h0)+:(8)] = ((qp) & 8'hff);
        packet_fields[(64'h8)+:(8)] = opcodes$data;
        packet_fields[(64'h10)+:(24)] = qp_context[(64'h1c)+:(24)];
        packet_fields[(64'h28)+:(1)] = packet_last$q | (send_psn_low == ack_req_psn);
        packet_fields[(64'h29)+:(64)] = message$q[(64'h40)+:(64)] + ((packet_offset) & 64'hffffffffffffffff);
        packet_fields[(64'h69)+:(32)] = message$q[(64'h80)+:(32)];
        packet_fields[(64'h89)+:(32)] = ((remaining_length) & 32'hffffffff);
        packet_fields[(64'ha9)+:(32)] = message$q[(64'h80)+:(32)];
        packet_fields[(64'hc9)+:(13)] = ((mtu_bytes) & 13'h1fff);
        packet_word = message$q[(64'haa)+:(16)] + (packet_offset >> 32'h3);
        packet_words = ((mtu_bytes >> 32'h3) & 10'h3ff);
        if (packet_last$q) begin
            packet_fields[(64'hc9)+:(13)] = ((remaining_length) & 13'h1fff);
            packet_words = (((remaining_length + word_round_up) >> 32'h3) & 10'h3ff);
        end
        if (message_is_read) begin
            packet_fields[(64'h28)+:(1)] = 1'b0;
            packet_fields[(64'hc9)+:(13)] = no_payload;
            packet_words = no_words;
        end
        case (step)
            RequesterStep$Publish:
                begin
                    if (~copy_failed & ~qp_context[(64'h1)+:(1)] & qp_context[(64'h0)+:(1)]) begin
                        qp_context_next[(64'h74)+:(8)] = qp_context[(64'h74)+:(8)] + one_slot;
                        qp_context_next[(64'h4c)+:(24)] = qp_context[(64'h4c)+:(24)] + copy_packets;
                        qp_context_next[(64'h7c)+:(16)] = qp_context[(64'h7c)+:(16)] + copy_words;
                        copy_published = 1'b1;
                        step_next = RequesterStep$Commit;
                    end
                    else if (completion_free) begin
                        complete = 1'b1;
                        complete_tag = copy_tag;
                        if (~copy_failed) begin
                            complete_status = status_flushed;
                        end
                        count_event_next = 1'b1;
                        count_which_next = event_refused;
                        copy_published = 1'b1;
                        step_next = RequesterStep$Commit;
                    end
                end
            RequesterStep$Admit:
                begin
                    if (~qp_context[(64'h0)+:(1)] | qp_context[(64'h1)+:(1)] | request_too_long$q) begin
                        if (completion_free) begin
                            complete = 1'b1;
                            if (~qp_context[(64'h0)+:(1)] | qp_context[(64'h1)+:(1)]) begin
                                complete_status = status_flushed;
                            end
                            wr_accept = 1'b1;
                            count_event_next = 1'b1;
                            count_which_next = event_refused;
                            if ((wr_length != no_bytes) & (wr_kind != kind_read)) begin
                                copy_discard = 1'b1;
                            end
                            step_next = RequesterStep$Commit;
                        end
                    end
                    else if (no_room$q) begin
                        admit_block = 1'b1;
                        step_next = RequesterStep$Idle;
                    end
                    else if (mover_holds_room$q) begin
                        step_next = RequesterStep$Idle;
                    end
                    else begin
                        wr_accept = 1'b1;
                        message_write = 1'b1;
                        copy_start = 1'b1;
                        step_next = RequesterStep$Idle;
                    end
                end
            RequesterStep$LoadMessage:
                begin
                    message$d = send_message;
                    step_next = RequesterStep$SendCompute;
                end
            RequesterStep$SendCompute:
                begin
                    packet_index$d = ((qp_context[(64'h1c)+:(24)] - message$q[(64'h0)+:(24)]) & 8'hff);
                    packet_first$d = qp_context[(64'h1c)+:(24)] == message$q[(64'h0)+:(24)];
                    packet_last$d = qp_context[(64'h1c)+:(24)] == message$q[(64'h18)+:(24)];
                    step_next = RequesterStep$SendCommit;
                end
            RequesterStep$SendCommit:
                begin
                    packet_load = 1'b1;
                    if (packet_last$q | message_is_read) begin
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h6c)+:(8)] + one_slot;
                    end
                    qp_context_next[(64'h1c)+:(24)] = qp_context[(64'h1c)+:(24)] + one_psn;
                    count_event_next = 1'b1;
                    count_which_next = event_resent;
                    if (qp_context[(64'h1c)+:(24)] == qp_context[(64'h34)+:(24)]) begin
                        qp_context_next[(64'h34)+:(24)] = qp_context[(64'h34)+:(24)] + one_psn;
                        count_which_next = event_sent;
                    end
                    if (message_is_read) begin
                        qp_context_next[(64'h1c)+:(24)] = message$q[(64'h18)+:(24)] + one_psn;
                        if (qp_context[(64'h1c)+:(24)] == qp_context[(64'h34)+:(24)]) begin
                            qp_context_next[(64'h34)+:(24)] = message$q[(64'h18)+:(24)] + one_psn;
                        end
                    end
                    if (qp_context[(64'h4)+:(24)] == qp_context[(64'h34)+:(24)]) begin
                        qp_context_next[(64'hb7)+:(16)] = now;
                    end
                    step_next = RequesterStep$Commit;
                end
            default:
                begin
                end
        endcase
    end
    
endmodule // rc_requester$sender


module rc_requester$sender$message(d,q,clock);
    
    // Module arguments
    input wire  [185:0] d;
    output reg  [185:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 186'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$sender$message


module rc_requester$sender$mover_holds_room(d,q,clock);
    
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
          
endmodule // rc_requester$sender$mover_holds_room


module rc_requester$sender$no_room(d,q,clock);
    
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
          
endmodule // rc_requester$sender$no_room


module rc_requester$sender$opcodes(address,data);
    
    // Module arguments
    input wire  [3:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        4'h0: data = 8'h1;
      4'h1: data = 8'h2;
      4'h2: data = 8'h0;
      4'h3: data = 8'h4;
      4'h4: data = 8'h1;
      4'h5: data = 8'h16;
      4'h6: data = 8'h0;
      4'h7: data = 8'h17;
      4'h8: data = 8'h7;
      4'h9: data = 8'h8;
      4'ha: data = 8'h6;
      4'hb: data = 8'ha;
      4'hc: data = 8'hc;
      4'hd: data = 8'hc;
      4'he: data = 8'hc;
      4'hf: data = 8'hc;
      default: data = 8'h0;
    endcase
            
endmodule // rc_requester$sender$opcodes


module rc_requester$sender$packet_first(d,q,clock);
    
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
          
endmodule // rc_requester$sender$packet_first


module rc_requester$sender$packet_index(d,q,clock);
    
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
          
endmodule // rc_requester$sender$packet_index


module rc_requester$sender$packet_last(d,q,clock);
    
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
          
endmodule // rc_requester$sender$packet_last


module rc_requester$sender$request_packets(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$sender$request_packets


module rc_requester$sender$request_too_long(d,q,clock);
    
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
          
endmodule // rc_requester$sender$request_too_long


module rc_requester$sender$request_words(d,q,clock);
    
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
          
endmodule // rc_requester$sender$request_words


module rc_requester$step(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_requester$step


module rc_requester$timer_scan(d,q,clock);
    
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
          
endmodule // rc_requester$timer_scan
