=== ep3_first_results ===
#scene:war_room #prop:dashboard #sim:phase1
Eight weeks later: {fmt(p1_sent)} emails sent, {pct(p1_hard_bounce)} hard bounces, {fmt(p1_accepted)} leads accepted.
-> d6_course

=== d6_course ===
* [Double down. #id:course_double_down]
  ~ course = "course_double_down"
* [Data. #id:course_data]
  ~ course = "course_data"
* [Sales. #id:course_sales]
  ~ course = "course_sales"
- -> ep4_reckoning
