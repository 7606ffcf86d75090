#!/usr/bin/env python3
"""Generated news articles for scripts/ledger-bench.sh: chunk K of N articles, JSON Lines, reproducible."""
import json
import random
import sys

chunk, n = int(sys.argv[1]), int(sys.argv[2])
base = random.Random(7)  # the world is the same in every chunk
SYL = ["ka", "ro", "mi", "ta", "ne", "so", "vi", "lu", "da", "re", "po", "zan", "kov", "ell", "ber", "tin", "ash", "mor", "gan",
       "lev", "ric", "hal", "dor", "sen", "vak", "ham", "bur", "sky", "ov", "ez"]
def word(k):
    return "".join(base.choice(SYL) for _ in range(k)).capitalize()
FIRST = sorted({word(2) for _ in range(400)})
LAST = sorted({word(base.choice([2, 3])) for _ in range(1500)})
COUNTRIES = [("Brazil", "Brasilia"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Norway", "Oslo"), ("Canada", "Ottawa"),
             ("India", "New Delhi"), ("Egypt", "Cairo"), ("Poland", "Warsaw"), ("Mexico", "Mexico City"), ("Turkey", "Ankara"),
             ("Indonesia", "Jakarta"), ("Nigeria", "Abuja"), ("Argentina", "Buenos Aires"), ("Vietnam", "Hanoi"),
             ("Germany", "Berlin"), ("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"), ("Chile", "Santiago"),
             ("Peru", "Lima"), ("Ghana", "Accra"), ("Morocco", "Rabat"), ("Thailand", "Bangkok"), ("Pakistan", "Islamabad"),
             ("Iran", "Tehran"), ("Iraq", "Baghdad"), ("Israel", "Jerusalem"), ("Ukraine", "Kyiv"), ("Russia", "Moscow"),
             ("China", "Beijing"), ("United States", "Washington"), ("Australia", "Canberra"), ("Sweden", "Stockholm"),
             ("Finland", "Helsinki"), ("Greece", "Athens"), ("Portugal", "Lisbon"), ("Colombia", "Bogota"),
             ("Ethiopia", "Addis Ababa"), ("Qatar", "Doha"), ("Serbia", "Belgrade")]
ROLES = ["foreign minister", "trade minister", "prime minister", "ambassador", "defence minister", "spokesman for the president"]
PEOPLE = [(base.choice(FIRST), base.choice(LAST), base.choice(ROLES), base.randrange(len(COUNTRIES))) for _ in range(6000)]
TOPICS = ["tariffs", "fishing rights", "energy supplies", "visa rules", "a border dispute", "sanctions", "a prisoner exchange",
          "grain exports", "a peace plan", "military exercises"]
MOOD = ["making good progress", "stuck", "going nowhere", "more constructive than before", "very difficult", "a success"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

r = random.Random(1000 + chunk)
for i in range(n):
    a, b = r.sample(PEOPLE, 2)
    ca, cb = COUNTRIES[a[3]], COUNTRIES[b[3] if b[3] != a[3] else (a[3] + 1) % len(COUNTRIES)]
    year, month, day = 2024 + r.randrange(2), r.randrange(12), 1 + r.randrange(28)
    topic, mood = r.choice(TOPICS), r.choice(MOOD)
    full_a, full_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
    s = [f"{ca[1].upper()}, {MONTHS[month]} {day}, {year} (Bench {chunk}-{i}) - {full_a}, the {a[2]} of {ca[0]}, said on Tuesday "
         f"that talks with {cb[0]} on {topic} were {mood}."]
    pool = [
        f"\"We expect an agreement on {topic} within {2 + r.randrange(30)} weeks,\" {a[1]} told reporters in {ca[1]}.",
        f"{full_b}, {cb[0]}'s {b[2]}, met {a[1]} in {cb[1]} on Monday to discuss {topic}.",
        f"{cb[0]} has warned it could impose sanctions on {ca[0]} if no deal is reached.",
        f"\"Nobody should expect miracles,\" {a[1]} added, calling the previous round {r.choice(MOOD)}.",
        f"{b[1]} accused {ca[0]} of stalling the talks on {topic}.",
        f"{ca[0]} and {cb[0]} agreed to hold another round of talks in {r.choice(COUNTRIES)[1]}.",
        f"According to {b[1]}, negotiators will meet again before the end of the month.",
        f"Trade between {ca[0]} and {cb[0]} grew by {2 + r.randrange(40)} percent last year, customs figures show.",
        f"{cb[0]} threatened to expel diplomats from {ca[0]} over {topic}.",
        f"\"Relations with {cb[0]} are {r.choice(MOOD)},\" {full_a} said."]
    s += r.sample(pool, 3 + r.randrange(4))
    print(json.dumps({"id": f"bench-{chunk}-{i}", "url": f"https://news.example.org/{year}/{month + 1:02d}/{day:02d}/bench-{chunk}-{i}",
                      "published": f"{year}-{month + 1:02d}-{day:02d}", "text": "\n\n".join(s)}))
