=== ep4_reckoning ===
#scene:president_review #sim:semester
June. {fmt(s_accepted)} accepted leads against a target of {fmt(s_target)}.
{s_tier:
- "ending_wall": -> ending_wall
- "ending_short": -> ending_short
- "ending_met": -> ending_met
- else: -> ending_beyond
}

=== ending_wall ===
#char:president:tense #sfx:sting_bad
The wall. #ending:ending_wall
-> END

=== ending_short ===
Short. #ending:ending_short
-> END

=== ending_met ===
Met. #ending:ending_met #sfx:sting_good
-> END

=== ending_beyond ===
Beyond. #ending:ending_beyond #music:resolution
-> END
