=== ep1_speech ===
#episode:1
#scene:boardroom #music:office
January 2016. The President speaks. #char:president:neutral
A target: +20% B2B leads by June.
* [Applaud. #id:speech_applaud]
  ~ confidence = 1
* [Doubt. #id:speech_doubt]
  ~ confidence = -1
- -> ep2_night
