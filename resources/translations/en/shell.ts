<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SharedCounts</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n shared article(s) not imported:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n shared article not imported:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n shared articles not imported:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
