=== d3_content ===
#scene:aurelie_office #char:aurelie:happy #prop:white_paper
The white paper.
* [Everyone. #id:content_wp_everyone]
  ~ content = "content_wp_everyone"
* [Targeted. #id:content_wp_targeted]
  ~ content = "content_wp_targeted"
* [Adapt. #id:content_adapt]
  ~ content = "content_adapt"
- -> d4_list

=== d4_list ===
#scene:phone_call #sfx:phone_ring #char:vendor:happy
The vendor calls.
* [Buy and merge. #id:list_buy_merge]
  ~ list = "list_buy_merge"
* [Buy and verify. #id:list_buy_verify]
  ~ list = "list_buy_verify"
* [No list. #id:list_none]
  ~ list = "list_none"
- -> d5_launch

=== d5_launch ===
#scene:alice_desk #music:tension
Launch.
* [Blast. #id:launch_blast]
  ~ launch = "launch_blast"
* [Segmented. #id:launch_segmented]
  ~ launch = "launch_segmented"
* [Test first. #id:launch_test_first]
  ~ launch = "launch_test_first"
- #scene:launch #sfx:mail_swoosh
Fingers crossed.
-> ep3_first_results
