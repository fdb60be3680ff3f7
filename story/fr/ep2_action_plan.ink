=== ep2_night ===
#scene:bedroom_night #music:night #sfx:clock_tick
Spreadsheets behind my eyelids.
-> d1_plan

=== d1_plan ===
#scene:cecile_office #char:cecile:tense
"I need an action plan, quickly."
* [Scale up everything. #id:plan_scale_all]
  ~ plan = "plan_scale_all"
* [Analyse 2015 first. #id:plan_analyse]
  ~ plan = "plan_analyse"
* [Target accounts. #id:plan_target]
  ~ plan = "plan_target"
- -> d2_answer

=== d2_answer ===
"Do you think that will be enough?" #char:cecile:worried
* [I'll do everything to make it work! #id:answer_bravado]
  ~ answer = "answer_bravado"
* [I can't know yet; I'll measure weekly. #id:answer_measure]
  ~ answer = "answer_measure"
- -> d3_content

